package dev.engagement.cli;

import dev.engagement.plan.Durations;
import dev.engagement.EngagementException;
import dev.engagement.app.RunContext;
import dev.engagement.app.SandboxProfiles;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engagement sandbox}: serves a local emulator of the Engagement API until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Serve a local emulator of the Engagement API (no account, no network).",
            "It listens on 127.0.0.1, is as strict as the API contract, with deterministic data and optional faults. Prints the URL and the "
                    + "credentials it accepts as 'export' lines on stdout, then serves until Ctrl-C.",
            "The credentials are fixed sandbox values, not secrets."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement sandbox --quiet --port 8080 > sandbox.env &",
            "  sleep 2; . ./sandbox.env; engagement totals ids.txt",
            "  engagement sandbox --port 0 --seed 7 --requests-per-minute 60",
            "  engagement sandbox --latency 50ms --latency-jitter 20ms --fail-rate 0.05",
            "  engagement sandbox --script 503@2,reset@3,429@5 --log-requests sandbox.log",
            "  engagement sandbox --script 401+@4   # token revoked from request 4 on",
            "  engagement sandbox --users 3 --print-config sandbox.properties",
            "",
            "Fault script: KIND@N (request N) or KIND+@N (every request from N on), comma-separated; KIND is 500, "
                    + "502, 503, 401, 429, reset, garbage or slow; N counts API requests from 1.",
            "The fault rates share one draw per request: each is the share of requests it names, and together "
                    + "they are at most 1.",
            "",
            "-q/--quiet and -v/--verbose mean what they mean on the fetch commands: -q leaves only the export lines "
                    + "(and errors), -v adds stack traces to errors."})
public final class SandboxCommand implements Callable<Integer> {

    /** The two layouts of engagement.hour without engagement.day. */
    public enum HourLayoutOption {
        HOUR_OF_DAY("hour-of-day"), DAY_HOUR("day-hour");

        private final String text;

        HourLayoutOption(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 8080; 0 = any free port).")
    int port = 8080;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the data and of random faults (default: 1).")
    long seed = 1;

    @Option(names = "--requests-per-minute", paramLabel = "N",
            description = "Per-minute request budget per consumer key (unknown keys share one); 429 when exhausted, "
                    + "x-per-minute-* headers on every response (default: 10000).")
    int requestsPerMinute = SandboxConfig.DEFAULT_REQUESTS_PER_MINUTE;

    @Option(names = "--requests-per-second", paramLabel = "N",
            description = "Also a per-second budget, reported in x-per-second-* headers (default: 0 = none).")
    int requestsPerSecond;

    @Option(names = "--latency", paramLabel = "DURATION", description = "Added to every response, e.g. 50ms, 2s (default: 0).")
    String latency = "0";

    @Option(names = "--latency-jitter", paramLabel = "DURATION", description = "Up to this much more, per request (default: 0).")
    String latencyJitter = "0";

    @Option(names = "--fail-rate", paramLabel = "P", description = "Share of requests answered 500/502/503 (0..1; default: 0).")
    double failRate;

    @Option(names = "--reset-rate", paramLabel = "P",
            description = "Share of requests whose connection is reset without a response (0..1; default: 0).")
    double resetRate;

    @Option(names = "--garbage-rate", paramLabel = "P",
            description = "Share of requests whose 200 body is replaced by one that is not JSON (0..1; default: 0).")
    double garbageRate;

    @Option(names = "--slow-rate", paramLabel = "P", description = "Share of requests delayed by --slow-delay (0..1; default: 0).")
    double slowRate;

    @Option(names = "--slow-delay", paramLabel = "DURATION", description = "Delay of a slow request (default: 10m).")
    String slowDelay = "10m";

    @Option(names = "--script", paramLabel = "KIND@N,...",
            description = "Faults at given request numbers, e.g. 503@2,reset@3,429@5,401+@9.")
    String script;

    @Option(names = "--legacy-forbidden-wording",
            description = "Say 'Forbidden to access tweets for author id N: ...' (the 2015 wording).")
    boolean legacyForbiddenWording;

    @Option(names = "--no-media-clicks", description = "Refuse the legacy media_clicks engagement type with 400.")
    boolean noMediaClicks;

    @Option(names = "--hour-layout", paramLabel = "LAYOUT", converter = HourLayoutConverter.class,
            description = "engagement.hour without engagement.day: hour-of-day (default; hours summed over days) "
                    + "or day-hour (a day level above the hours).")
    HourLayoutOption hourLayout = HourLayoutOption.HOUR_OF_DAY;

    @Option(names = "--ignore-group-key-case", description = "Accept Tweet.id and other case variants of group_by keys.")
    boolean ignoreGroupKeyCase;

    @Option(names = "--unavailable-error",
            description = "Add '<n> Tweet ID(s) are unavailable' to errors of partial 200 responses.")
    boolean unavailableError;

    @Option(names = "--timestamp-tolerance", paramLabel = "DURATION",
            description = "Allowed OAuth timestamp skew (default: 5m; 0 disables the timestamp and nonce checks).")
    String timestampTolerance = "5m";

    @Option(names = "--log-requests", paramLabel = "FILE", description = "Append one JSON line per request to FILE.")
    Path logRequests;

    @Option(names = "--users", paramLabel = "N",
            description = "Users with an access token each (1..1000; default: 1). With more than one, each owns an "
                    + "equal share of all Tweets and the others' Tweets are refused as not owned.")
    int users = 1;

    @Option(names = "--print-config", paramLabel = "FILE",
            description = "Write every user's credentials to FILE as a config file (0600): profile default (the app "
                    + "and user 1) and user1..userN, for --profile, --profiles and --all-profiles.")
    Path printConfig;

    @Option(names = {"-q", "--quiet"},
            description = "Print only the export lines (no comment line before them); errors still go to stderr.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces on failures.")
    boolean verbose;

    private final PrintStream out;
    private final Clock clock;
    private volatile CountDownLatch stopped;

    public SandboxCommand() {
        this(System.out, Clock.systemUTC());
    }

    SandboxCommand(RunContext ctx) {
        this(toPrintStream(ctx.out()), ctx.clock());
    }

    public SandboxCommand(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    private static PrintStream toPrintStream(OutputStream os) {
        return os instanceof PrintStream ? (PrintStream) os : new PrintStream(os, true, StandardCharsets.UTF_8);
    }

    /** Picocli converter for {@code hour-of-day|day-hour}. */
    public static final class HourLayoutConverter implements picocli.CommandLine.ITypeConverter<HourLayoutOption> {
        @Override
        public HourLayoutOption convert(String value) {
            for (HourLayoutOption o : HourLayoutOption.values()) {
                if (o.text.equalsIgnoreCase(value) || o.name().equalsIgnoreCase(value)) {
                    return o;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected hour-of-day or day-hour, got '" + value + "'");
        }
    }

    /**
     * The configuration the options describe. Durations are parsed here; every bound belongs to
     * {@link SandboxConfig}, whose refusal becomes a usage error.
     */
    public SandboxConfig config() {
        try {
            return SandboxConfig.builder()
                    .port(port)
                    .seed(seed)
                    .clock(clock)
                    .requestsPerMinute(requestsPerMinute)
                    .requestsPerSecond(requestsPerSecond)
                    .failRate(failRate)
                    .resetRate(resetRate)
                    .garbageRate(garbageRate)
                    .slowRate(slowRate)
                    .script(script)
                    .timestampTolerance(Durations.parse(timestampTolerance))
                    .latency(Durations.parse(latency))
                    .latencyJitter(Durations.parse(latencyJitter))
                    .slowDelay(Durations.parse(slowDelay))
                    .legacyForbiddenWording(legacyForbiddenWording)
                    .acceptMediaClicks(!noMediaClicks)
                    .hourLayout(hourLayout == HourLayoutOption.DAY_HOUR ? SandboxConfig.HourLayout.DAY_THEN_HOUR
                            : SandboxConfig.HourLayout.HOUR_OF_DAY)
                    .strictGroupKeyCase(!ignoreGroupKeyCase)
                    .addUnavailableError(unavailableError)
                    .logRequests(logRequests)
                    .users(users)
                    .build();
        } catch (IllegalArgumentException e) {
            throw EngagementException.usage(e.getMessage() + ".");
        }
    }

    @Override
    public Integer call() {
        SandboxConfig config = config();
        Sandbox sandbox;
        try {
            sandbox = Sandbox.start(config);
        } catch (java.io.UncheckedIOException e) {
            throw EngagementException.usage(e.getMessage() + " (is the port in use? try --port 0).");
        }
        CountDownLatch latch = new CountDownLatch(1);
        stopped = latch;
        Thread hook = new Thread(() -> {
            sandbox.close();
            latch.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        SandboxCredentials c = sandbox.credentials();
        if (printConfig != null) {
            try {
                SandboxProfiles.write(printConfig, sandbox);
            } catch (RuntimeException e) {
                sandbox.close();
                Runtime.getRuntime().removeShutdownHook(hook);
                throw e;
            }
        }
        if (!quiet) {
            out.println("# Engagement API sandbox (seed " + config.seed() + (config.users() > 1 ? ", " + config.users()
                    + " users" + (printConfig == null ? "" : ", all in " + printConfig) : "")
                    + "); Ctrl-C stops it. Fixed test credentials" + (config.users() > 1 ? " of user 1" : "") + ":");
        }
        out.println("export ENGAGEMENT_API_URL=" + sandbox.baseUrl());
        out.println("export ENGAGEMENT_CONSUMER_KEY=" + c.consumerKey());
        out.println("export ENGAGEMENT_CONSUMER_SECRET=" + c.consumerSecret());
        out.println("export ENGAGEMENT_ACCESS_TOKEN=" + c.accessToken());
        out.println("export ENGAGEMENT_ACCESS_TOKEN_SECRET=" + c.accessTokenSecret());
        out.println("export ENGAGEMENT_BEARER_TOKEN='" + c.bearerToken() + "'");
        out.flush();
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sandbox.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running
            }
        }
        return 0;
    }

    /** Stops a running {@link #call()} as Ctrl-C would (for embedding and tests). */
    public void stop() {
        CountDownLatch l = stopped;
        if (l != null) {
            l.countDown();
        }
    }
}
