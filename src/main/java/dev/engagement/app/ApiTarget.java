package dev.engagement.app;

import dev.engagement.config.CredentialSources;
import dev.engagement.config.Credentials;
import dev.engagement.config.ProfileField;
import dev.engagement.config.Provenance;
import dev.engagement.config.ServiceUrl;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** Where requests go and with which credentials: the real API, or an in-process sandbox started for the run. */
final class ApiTarget implements AutoCloseable {
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
    static ApiTarget resolve(FetchSettings.TargetSettings target, FetchSettings.AuthSettings auth, RunContext ctx,
            Consumer<String> warn) {
        if (target.sandbox()) {
            Sandbox sandbox = Sandbox.start(SandboxConfig.builder().port(0).clock(ctx.clock()).build());
            SandboxCredentials c = sandbox.credentials();
            Map<ProfileField, String> sources = new EnumMap<>(ProfileField.class);
            ProfileField.CREDENTIALS.forEach(f -> sources.put(f, "--sandbox"));
            return new ApiTarget(sandbox.baseUrl(), new Credentials(c.consumerKey(), c.consumerSecret(), c.accessToken(),
                    c.accessTokenSecret(), c.bearerToken(), new Provenance(null, sources)), sandbox);
        }
        CredentialSources.Resolved resolved = CredentialSources.resolve(auth.profile(), ctx.env(), warn);
        String url = target.apiUrl();
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
            url = ServiceUrl.DEFAULT_API_URL;
        }
        URI uri = ServiceUrl.parse(url, source, ServiceUrl.DEFAULT_API_URL, target.allowInsecureHttp());
        if (uri.getRawUserInfo() != null) {
            warn.accept(source + " " + ServiceUrl.redact(uri) + " holds a user name and password; they are not sent "
                    + "(the API takes its credentials in the Authorization header).");
            uri = ServiceUrl.withoutUserInfo(uri);
        }
        if (ServiceUrl.isInsecure(uri)) {
            warn.accept("Sending credentials over plain http to " + ServiceUrl.redact(uri)
                    + " (--allow-insecure-http): anyone on the network path can read and reuse them.");
        }
        return new ApiTarget(uri, resolved.credentials(), null);
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
