package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.config.CredentialSources;
import dev.engagement.config.Credentials;
import dev.engagement.config.Profile;
import dev.engagement.config.ProfileChoice;
import dev.engagement.config.ProfileField;
import dev.engagement.config.ProfileLocation;
import dev.engagement.config.ProfileStore;
import dev.engagement.config.ServiceUrl;
import dev.engagement.console.LogFormat;
import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;
import dev.engagement.http.BearerTokenClient;
import dev.engagement.http.Transport;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@code token} command: obtains a bearer token with the consumer key and secret of the run
 * (environment, then profile) and prints it on stdout, or saves it in the profile.
 */
public final class TokenAction {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What the command was asked: where to ask, whether to save, and whether plain http may leave this machine. */
    public record Settings(String authUrl, boolean save, boolean allowInsecureHttp) {
    }

    private final RunContext ctx;
    private final Reporter reporter;

    public TokenAction(RunContext ctx, Verbosity verbosity, LogFormat logFormat) {
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), verbosity, ctx.colorOnStderr(), logFormat, ctx.clock());
    }

    public ExitCode run(ProfileChoice profile, Settings settings) throws IOException, InterruptedException {
        ProfileLocation location = ProfileLocation.of(profile, ctx.env());
        if (settings.save() && location.file() == null) {
            throw EngagementException.usage("--save cannot tell where the config file is: HOME and XDG_CONFIG_HOME are "
                    + "not set; name it with --config FILE.");
        }
        URI uri = BearerTokenClient.tokenUri(ServiceUrl.withoutUserInfo(ServiceUrl.parse(settings.authUrl(), "--auth-url",
                BearerTokenClient.DEFAULT_AUTH_URL, settings.allowInsecureHttp())));
        Credentials c = CredentialSources.resolve(profile, ctx.env(), reporter::warn).credentials();
        List<ProfileField> missing = c.missing(Credentials.CONSUMER);
        if (!missing.isEmpty()) {
            throw EngagementException.auth("A bearer token is obtained with the consumer key and secret, but "
                    + c.missingSentence(missing) + ".");
        }
        if (ServiceUrl.isInsecure(uri)) {
            reporter.warn("Sending the consumer key and secret over plain http to " + ServiceUrl.redact(uri)
                    + " (--allow-insecure-http): anyone on the network path can read them.");
        }
        reporter.verbose("Requesting a bearer token from " + ServiceUrl.redact(uri) + " with the "
                + c.describe(ProfileField.CONSUMER_KEY));
        String token = obtain(uri, c);
        if (!settings.save()) {
            ctx.out().write((token + "\n").getBytes(StandardCharsets.UTF_8));
            ctx.out().flush();
            return ExitCode.OK;
        }
        ProfileStore store = ProfileStore.load(location.file());
        Profile saved = store.profile(location.name()).orElse(Profile.empty(location.name()))
                .with(Map.of(ProfileField.BEARER_TOKEN, token));
        store.put(saved);
        store.save();
        reporter.note("Saved the bearer token " + Credentials.mask(token) + " in profile '" + location.name() + "' of "
                + location.file() + ".");
        if (ctx.env(ProfileField.BEARER_TOKEN.envVar()) != null) {
            reporter.warn(ProfileField.BEARER_TOKEN.envVar() + " is set in the environment and takes precedence over "
                    + "the profile; unset it to use the saved token.");
        }
        return ExitCode.OK;
    }

    private String obtain(URI uri, Credentials c) throws IOException, InterruptedException {
        String where = ServiceUrl.redact(uri);
        try (Transport transport = new Transport(TIMEOUT)) {
            return new BearerTokenClient(transport).obtain(uri, c.consumerKey(), c.consumerSecret());
        } catch (BearerTokenClient.TokenRefusedException e) {
            if (e.credentialsRefused()) {
                throw EngagementException.auth("The token endpoint " + where + " refused the "
                        + c.describe(ProfileField.CONSUMER_KEY) + " and its consumer secret ("
                        + c.provenance().source(ProfileField.CONSUMER_SECRET) + ") with HTTP " + e.status() + ": "
                        + e.getMessage() + "; check that the key and secret belong together and are current "
                        + "(regenerated keys invalidate the old secret).");
            }
            if (e.status() == 200) {
                throw new EngagementException(ExitCode.PARTIAL_FAILURE, "The token endpoint " + where
                        + " did not answer with a bearer token (" + e.getMessage() + "); not using its answer.");
            }
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "The token endpoint " + where + " answered HTTP "
                    + e.status() + ": " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "Could not reach the token endpoint " + where + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
    }
}
