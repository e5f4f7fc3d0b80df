package dev.engagement.cli;

import dev.engagement.app.RunContext;
import dev.engagement.app.TokenAction;
import dev.engagement.http.BearerTokenClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "token", aliases = "bearer-token", mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = "Obtain an app-only bearer token from the consumer key and secret (POST {auth-url}/oauth2/token) "
                + "and print it on stdout, or save it in the profile with --save.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement token --save",
            "  export ENGAGEMENT_BEARER_TOKEN=$(engagement token)",
            "  engagement totals -m favorites ids.txt",
            "",
            "Environment: ENGAGEMENT_CONSUMER_KEY, ENGAGEMENT_CONSUMER_SECRET, ENGAGEMENT_PROFILE.",
            "",
            "Exit codes: 0 done; 1 the token endpoint could not be reached or answered wrongly; 2 usage error; "
                    + "3 consumer key or secret missing or refused."})
final class TokenCommand implements Callable<Integer> {
    @Option(names = "--auth-url", paramLabel = "URL", defaultValue = BearerTokenClient.DEFAULT_AUTH_URL,
            description = "Host of the token endpoint (default: ${DEFAULT-VALUE}).")
    String authUrl;

    @Option(names = "--save", description = "Save the token in the profile (as bearer_token) instead of printing it.")
    boolean save;

    @Option(names = "--allow-insecure-http",
            description = "Allow a plain http --auth-url on another machine (the consumer secret then crosses the "
                    + "network unencrypted).")
    boolean allowInsecureHttp;

    @ArgGroup(validate = false, heading = "%nProfile:%n", order = 1)
    ProfileGroup profile = new ProfileGroup();

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 2)
    LoggingGroup logging = new LoggingGroup();

    private final RunContext ctx;

    TokenCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return new TokenAction(ctx, logging.verbosity(), logging.logFormat)
                .run(profile.choice(), new TokenAction.Settings(authUrl, save, allowInsecureHttp)).code();
    }
}
