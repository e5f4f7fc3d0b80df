package dev.engagement.fetch;

import dev.engagement.EngagementException;
import dev.engagement.RunContext;
import dev.engagement.http.CredentialSources;
import dev.engagement.http.Credentials;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import java.net.URI;
import java.net.URISyntaxException;

/** Where requests go and with which credentials: the real API, or an in-process sandbox started for the run. */
final class ApiTarget implements AutoCloseable {
    static final String DEFAULT_API_URL = "https://data-api.twitter.com/insights/engagement";

    private final URI baseUrl;
    private final Credentials credentials;
    private final Sandbox sandbox;

    private ApiTarget(URI baseUrl, Credentials credentials, Sandbox sandbox) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.sandbox = sandbox;
    }

    static ApiTarget resolve(FetchSpec spec, RunContext ctx) {
        if (spec.sandbox()) {
            Sandbox sandbox = Sandbox.start(SandboxConfig.builder().port(0).clock(ctx.clock()).build());
            SandboxCredentials c = sandbox.credentials();
            return new ApiTarget(sandbox.baseUrl(), new Credentials(c.consumerKey(), c.consumerSecret(), c.accessToken(),
                    c.accessTokenSecret(), c.bearerToken()), sandbox);
        }
        String url = spec.apiUrl() != null ? spec.apiUrl() : ctx.env("ENGAGEMENT_API_URL");
        if (url == null) {
            url = DEFAULT_API_URL;
        }
        return new ApiTarget(parseUrl(url), CredentialSources.resolve(spec.auth(), ctx.env()), null);
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw EngagementException.usage("--api-url '" + url + "' is not a URL such as " + DEFAULT_API_URL + ".");
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    Credentials credentials() {
        return credentials;
    }

    @Override
    public void close() {
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
