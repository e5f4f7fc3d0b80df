package dev.engagement.fetch;

import dev.engagement.EngagementException;
import dev.engagement.Reporter;
import dev.engagement.RunContext;
import dev.engagement.http.CredentialSources;
import dev.engagement.http.Credentials;
import dev.engagement.http.ProfileField;
import dev.engagement.http.Provenance;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumMap;
import java.util.Map;

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

    /**
     * The sandbox's own credentials with {@code --sandbox}; otherwise the environment and profile's
     * (see {@link CredentialSources}), and the URL from --api-url, ENGAGEMENT_API_URL, the profile's
     * api_url or the default, in that order.
     */
    static ApiTarget resolve(FetchSpec spec, RunContext ctx, Reporter reporter) {
        if (spec.sandbox()) {
            Sandbox sandbox = Sandbox.start(SandboxConfig.builder().port(0).clock(ctx.clock()).build());
            SandboxCredentials c = sandbox.credentials();
            Map<ProfileField, String> sources = new EnumMap<>(ProfileField.class);
            ProfileField.CREDENTIALS.forEach(f -> sources.put(f, "--sandbox"));
            return new ApiTarget(sandbox.baseUrl(), new Credentials(c.consumerKey(), c.consumerSecret(), c.accessToken(),
                    c.accessTokenSecret(), c.bearerToken(), new Provenance(null, sources)), sandbox);
        }
        CredentialSources.Resolved resolved = CredentialSources.resolve(spec.auth(), ctx.env(), reporter::warn);
        String url = spec.apiUrl();
        String source = "--api-url";
        if (url == null) {
            url = ctx.env(ProfileField.API_URL.envVar());
            source = ProfileField.API_URL.envVar();
        }
        if (url == null) {
            url = resolved.profileApiUrl();
            source = "The profile's api_url";
        }
        if (url == null) {
            url = DEFAULT_API_URL;
        }
        return new ApiTarget(parseUrl(url, source), resolved.credentials(), null);
    }

    private static URI parseUrl(String url, String source) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new URISyntaxException(url, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw EngagementException.usage(source + " '" + url + "' is not a URL such as " + DEFAULT_API_URL + ".");
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
