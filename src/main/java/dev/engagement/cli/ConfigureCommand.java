package dev.engagement.cli;

import dev.engagement.app.RunContext;
import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;
import dev.engagement.config.ConfigureAction;
import dev.engagement.config.ProfileField;
import dev.engagement.EngagementException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "configure", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Save credentials in a profile of the config file (readable by you only), or list the profiles.",
            "On a terminal it asks for each value, secrets without echo; Enter keeps the current value. "
                    + "In scripts, give --consumer-key and --access-token, and pipe the secrets as name=value lines "
                    + "with --secrets-from-stdin."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement configure",
            "  engagement configure --profile brand --consumer-key KEY \\",
            "      --access-token TOKEN \\",
            "      --secrets-from-stdin < secrets.txt",
            "  engagement configure --list",
            "  engagement configure --profile brand --unset bearer_token",
            "  engagement configure --profile old --remove-profile",
            "",
            "secrets.txt holds name=value lines; names: consumer_key, consumer_secret, access_token,",
            "access_token_secret, bearer_token, api_url, store (or the ENGAGEMENT_* variable names).",
            "An empty value keeps the current one. A profile without the app's consumer key, consumer secret,",
            "bearer token or API URL takes them from the 'default' profile: a second Tweet owner needs only",
            "its access token and secret.",
            "",
            "Environment: ENGAGEMENT_PROFILE (the profile to change), XDG_CONFIG_HOME (where the file is).",
            "",
            "Exit codes: 0 saved, nothing to change, or listed; 1 the file could not be written; 2 usage or input error."})
final class ConfigureCommand implements Callable<Integer> {
    /** Values given on the command line instead of the questions. */
    static final class Values {
        @Option(names = "--consumer-key", paramLabel = "KEY", description = "The app's consumer (API) key.")
        String consumerKey;

        @Option(names = "--access-token", paramLabel = "TOKEN", description = "The Tweet owner's access token.")
        String accessToken;

        @Option(names = "--api-url", paramLabel = "URL", description = "API base URL to use with this profile.")
        String apiUrl;

        @Option(names = "--store", paramLabel = "TARGET",
                description = "Snapshot store for this profile's runs: a SQLite file or a jdbc:postgresql:// URL.")
        String store;

        @Option(names = "--secrets-from-stdin",
                description = "Read name=value lines from stdin (e.g. consumer_secret=...); not echoed anywhere.")
        boolean secretsFromStdin;

        @Option(names = "--consumer-secret", paramLabel = "SECRET",
                description = "Discouraged: lands in shell history and the process list; use --secrets-from-stdin.")
        String consumerSecret;

        @Option(names = "--access-token-secret", paramLabel = "SECRET",
                description = "Discouraged, as --consumer-secret.")
        String accessTokenSecret;

        @Option(names = "--bearer-token", paramLabel = "TOKEN", description = "Discouraged, as --consumer-secret.")
        String bearerToken;

        Map<ProfileField, String> asMap() {
            Map<ProfileField, String> m = new EnumMap<>(ProfileField.class);
            m.put(ProfileField.CONSUMER_KEY, consumerKey);
            m.put(ProfileField.CONSUMER_SECRET, consumerSecret);
            m.put(ProfileField.ACCESS_TOKEN, accessToken);
            m.put(ProfileField.ACCESS_TOKEN_SECRET, accessTokenSecret);
            m.put(ProfileField.BEARER_TOKEN, bearerToken);
            m.put(ProfileField.API_URL, apiUrl);
            m.put(ProfileField.STORE, store);
            return m;
        }
    }

    @ArgGroup(validate = false, heading = "%nProfile:%n", order = 1)
    ProfileGroup profile = new ProfileGroup();

    @Option(names = "--list", order = 2, description = "List the profiles, credentials masked, and change nothing.")
    boolean list;

    @ArgGroup(validate = false, heading = "%nValues instead of questions:%n", order = 3)
    Values values = new Values();

    @Option(names = "--unset", paramLabel = "NAME", split = ",", order = 5, converter = FieldConverter.class,
            description = "Remove these settings from the profile (consumer_key, consumer_secret, access_token, "
                    + "access_token_secret, bearer_token, api_url, store).")
    List<ProfileField> unset = new ArrayList<>();

    @Option(names = "--remove-profile", order = 6, description = "Remove the whole profile from the config file.")
    boolean removeProfile;

    /** A setting named as in the config file, dashed, or as its environment variable. */
    static final class FieldConverter implements picocli.CommandLine.ITypeConverter<ProfileField> {
        @Override
        public ProfileField convert(String value) {
            ProfileField f = ProfileField.fromName(value);
            if (f == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a setting; use one of "
                        + "consumer_key, consumer_secret, access_token, access_token_secret, bearer_token, api_url, store");
            }
            return f;
        }
    }

    @Option(names = {"-q", "--quiet"}, order = 4, description = "Only errors on stderr.")
    boolean quiet;

    private final RunContext ctx;

    ConfigureCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        Reporter reporter = new Reporter(ctx.err(), quiet ? Verbosity.QUIET : Verbosity.NORMAL, ctx.colorOnStderr());
        ConfigureAction.Streams streams = new ConfigureAction.Streams(ctx.in(), ctx.out(), ctx.env(),
                ctx.stdinIsTerminal());
        ConfigureAction action = new ConfigureAction(reporter, streams);
        if (removeProfile || !unset.isEmpty()) {
            if (list || removeProfile && !unset.isEmpty() || values.secretsFromStdin
                    || values.asMap().values().stream().anyMatch(v -> v != null)) {
                throw EngagementException.usage("--unset and --remove-profile change nothing else: give them alone "
                        + "(with --profile and --config).");
            }
            return action.remove(profile.choice(), unset, removeProfile).code();
        }
        return action.run(profile.choice(), list, values.asMap(), values.secretsFromStdin).code();
    }
}
