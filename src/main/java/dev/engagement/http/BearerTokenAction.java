package dev.engagement.http;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Reporter;
import dev.engagement.RunContext;
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
public final class BearerTokenAction {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RunContext ctx;
    private final Reporter reporter;

    public BearerTokenAction(RunContext ctx, boolean quiet, boolean verbose) {
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), quiet, verbose, ctx.colorOnStderr());
    }

    public int run(AuthSettings settings, String authUrl, boolean save) throws IOException {
        ProfileLocation location = ProfileLocation.of(settings, ctx.env());
        if (save && location.file() == null) {
            throw EngagementException.usage("--save cannot tell where the config file is: HOME and XDG_CONFIG_HOME are "
                    + "not set; name it with --config FILE.");
        }
        Credentials c = CredentialSources.resolve(settings, ctx.env(), reporter::warn).credentials();
        List<ProfileField> missing = c.missing(AuthSelector.CONSUMER);
        if (!missing.isEmpty()) {
            throw EngagementException.auth("A bearer token is obtained with the consumer key and secret, but the "
                    + AuthSelector.joinAnd(missing.stream().map(ProfileField::label).toList())
                    + (missing.size() == 1 ? " is" : " are") + " missing: set "
                    + AuthSelector.joinAnd(missing.stream().map(ProfileField::envVar).toList()) + ", or save "
                    + (missing.size() == 1 ? "it" : "them") + " with '" + c.provenance().configureCommand() + "'.");
        }
        URI uri = BearerTokenClient.tokenUri(authUrl);
        reporter.verbose("Requesting a bearer token from " + uri + " with the " + c.describe(ProfileField.CONSUMER_KEY));
        String token;
        try (HttpTransport transport = new HttpTransport(TIMEOUT)) {
            token = new BearerTokenClient(transport).obtain(uri, c);
        }
        if (!save) {
            ctx.out().write((token + "\n").getBytes(StandardCharsets.UTF_8));
            ctx.out().flush();
            return ExitCode.OK;
        }
        ProfileStore store = ProfileStore.load(location.file());
        Profile profile = store.profile(location.name()).orElse(Profile.empty(location.name()))
                .with(Map.of(ProfileField.BEARER_TOKEN, token));
        store.put(profile);
        store.save();
        reporter.note("Saved the bearer token " + Credentials.mask(token) + " in profile '" + location.name() + "' of "
                + location.file() + ".");
        if (ctx.env(ProfileField.BEARER_TOKEN.envVar()) != null) {
            reporter.warn(ProfileField.BEARER_TOKEN.envVar() + " is set in the environment and takes precedence over "
                    + "the profile; unset it to use the saved token.");
        }
        return ExitCode.OK;
    }
}
