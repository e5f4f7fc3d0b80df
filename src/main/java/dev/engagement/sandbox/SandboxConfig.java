package dev.engagement.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable sandbox settings. Build with {@link #builder()}; every field has a default. The builder
 * owns every bound: a setter given a value out of range throws IllegalArgumentException at once,
 * with a message that names the setting by its {@code sandbox} command option where it has one.
 */
public final class SandboxConfig {

    /** Layout of {@code engagement.hour} without {@code engagement.day} (spec 4.4 E1/E2, 9 #1). */
    public enum HourLayout {
        /** E2 (default): hour-of-day keys {@code "00"}..{@code "23"} summed over the window's days. */
        HOUR_OF_DAY,
        /** E1: a day level is inserted above the hour level. */
        DAY_THEN_HOUR
    }

    /** The budget when none is given (spec 9 #38): large, and always reported. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 10_000;

    private final long seed;
    private final int port;
    private final String host;
    private final Clock clock;
    private final int requestsPerMinute;
    private final int requestsPerSecond;
    private final Duration latency;
    private final Duration latencyJitter;
    private final double failRate;
    private final double resetRate;
    private final double garbageRate;
    private final double slowRate;
    private final Duration slowDelay;
    private final FaultScript scriptedFaults;
    private final boolean legacyForbiddenWording;
    private final boolean acceptMediaClicks;
    private final HourLayout hourLayout;
    private final boolean strictGroupKeyCase;
    private final boolean addUnavailableError;
    private final Duration timestampTolerance;
    private final Path logRequests;
    private final Pause pause;
    private final int threads;
    private final int users;

    private SandboxConfig(Builder b) {
        seed = b.seed;
        port = b.port;
        host = Objects.requireNonNull(b.host, "host");
        clock = Objects.requireNonNull(b.clock, "clock");
        requestsPerMinute = b.requestsPerMinute;
        requestsPerSecond = b.requestsPerSecond;
        latency = b.latency;
        latencyJitter = b.latencyJitter;
        failRate = b.failRate;
        resetRate = b.resetRate;
        garbageRate = b.garbageRate;
        slowRate = b.slowRate;
        slowDelay = b.slowDelay;
        scriptedFaults = b.scriptedFaults;
        legacyForbiddenWording = b.legacyForbiddenWording;
        acceptMediaClicks = b.acceptMediaClicks;
        hourLayout = Objects.requireNonNull(b.hourLayout, "hourLayout");
        strictGroupKeyCase = b.strictGroupKeyCase;
        addUnavailableError = b.addUnavailableError;
        timestampTolerance = b.timestampTolerance == null || b.timestampTolerance.isZero() ? null
                : b.timestampTolerance.abs();
        logRequests = b.logRequests;
        pause = Objects.requireNonNull(b.pause, "pause");
        threads = b.threads;
        users = b.users;
    }

    public static Builder builder() {
        return new Builder();
    }

    public long seed() { return seed; }
    public int port() { return port; }
    public String host() { return host; }
    public Clock clock() { return clock; }
    /** Requests per fixed clock minute per known consumer key (and for all anonymous requests together). */
    public int requestsPerMinute() { return requestsPerMinute; }
    /** Requests per clock second, counted like the minute's; 0 = no per-second budget and no x-per-second-* headers. */
    public int requestsPerSecond() { return requestsPerSecond; }
    public Duration latency() { return latency; }
    public Duration latencyJitter() { return latencyJitter; }
    public double failRate() { return failRate; }
    public double resetRate() { return resetRate; }
    public double garbageRate() { return garbageRate; }
    public double slowRate() { return slowRate; }
    public Duration slowDelay() { return slowDelay; }
    /** The parsed script. */
    public FaultScript scriptedFaults() { return scriptedFaults; }
    public boolean legacyForbiddenWording() { return legacyForbiddenWording; }
    public boolean acceptMediaClicks() { return acceptMediaClicks; }
    public HourLayout hourLayout() { return hourLayout; }
    public boolean strictGroupKeyCase() { return strictGroupKeyCase; }
    public boolean addUnavailableError() { return addUnavailableError; }
    /** Allowed OAuth timestamp skew, or null when the timestamp (and nonce) check is disabled. */
    public Duration timestampTolerance() { return timestampTolerance; }
    public Path logRequests() { return logRequests; }
    public Pause pause() { return pause; }
    public int threads() { return threads; }
    /** Sandbox users, each with an access token of its own (default 1: the sandbox user and the "other" token). */
    public int users() { return users; }

    /** Builder with the defaults documented on each setter. */
    public static final class Builder {
        private long seed = 1;
        private int port = 0;
        private String host = "127.0.0.1";
        private Clock clock = Clock.systemUTC();
        private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
        private int requestsPerSecond = 0;
        private Duration latency = Duration.ZERO;
        private Duration latencyJitter = Duration.ZERO;
        private double failRate;
        private double resetRate;
        private double garbageRate;
        private double slowRate;
        private Duration slowDelay = Duration.ofMinutes(10);
        private FaultScript scriptedFaults = FaultScript.NONE;
        private boolean legacyForbiddenWording;
        private boolean acceptMediaClicks = true;
        private HourLayout hourLayout = HourLayout.HOUR_OF_DAY;
        private boolean strictGroupKeyCase = true;
        private boolean addUnavailableError;
        private Duration timestampTolerance = Duration.ofSeconds(300);
        private Path logRequests;
        private Pause pause = Pause.THREAD_SLEEP;
        private int threads = 4;
        private int users = 1;

        private Builder() {
        }

        /** Data and fault seed (default 1). */
        public Builder seed(long v) { seed = v; return this; }

        /** Port to bind, 0..65535 (default 0 = a free port). */
        public Builder port(int v) {
            if (v < 0 || v > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + v);
            }
            port = v;
            return this;
        }

        /** Address to bind (default 127.0.0.1). */
        public Builder host(String v) { host = v; return this; }
        /** The sandbox's notion of now (default system UTC). */
        public Builder clock(Clock v) { clock = v; return this; }

        /** Per-minute budget per known consumer key, 1 or more (default {@value #DEFAULT_REQUESTS_PER_MINUTE}). */
        public Builder requestsPerMinute(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("--requests-per-minute must be 1 or more (default "
                        + DEFAULT_REQUESTS_PER_MINUTE + "), got " + v);
            }
            requestsPerMinute = v;
            return this;
        }

        /** Per-second budget per known consumer key, 0 (none, the default) or more. */
        public Builder requestsPerSecond(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("--requests-per-second must be 0 (none) or more, got " + v);
            }
            requestsPerSecond = v;
            return this;
        }

        /** Latency added to every response (default 0). */
        public Builder latency(Duration v) { latency = notNegative("--latency", v); return this; }
        /** Up to this much extra latency, drawn per request from the seed (default 0). */
        public Builder latencyJitter(Duration v) { latencyJitter = notNegative("--latency-jitter", v); return this; }
        /**
         * Share of requests answered 500/502/503, 0..1 (default 0). The four fault rates share one
         * draw per request, so each means what it says and together they are at most 1.
         */
        public Builder failRate(double v) { failRate = share("--fail-rate", v); return this; }
        /** Share of requests whose connection is reset without a response, 0..1 (default 0). */
        public Builder resetRate(double v) { resetRate = share("--reset-rate", v); return this; }
        /** Share of requests whose 200 body is replaced by one that is not JSON, 0..1 (default 0). */
        public Builder garbageRate(double v) { garbageRate = share("--garbage-rate", v); return this; }
        /** Share of requests delayed by {@link #slowDelay(Duration)}, 0..1 (default 0). */
        public Builder slowRate(double v) { slowRate = share("--slow-rate", v); return this; }
        /** Delay of a slow request (default 10 minutes). */
        public Builder slowDelay(Duration v) { slowDelay = notNegative("--slow-delay", v); return this; }

        /**
         * Faults by request number, e.g. {@code 503@2,reset@3,429@5,garbage@7,slow@9,401+@12} (the
         * syntax of {@link FaultScript#parse}; default none).
         */
        public Builder script(String v) {
            try {
                scriptedFaults = FaultScript.parse(v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--script: " + e.getMessage(), e);
            }
            return this;
        }

        /** {@code Forbidden to access tweets for author id N: ...} instead of the current wording. */
        public Builder legacyForbiddenWording(boolean v) { legacyForbiddenWording = v; return this; }
        /** Accept the legacy {@code media_clicks} name (default true; false = 400). */
        public Builder acceptMediaClicks(boolean v) { acceptMediaClicks = v; return this; }
        /** Layout of {@code engagement.hour} without {@code engagement.day} (default HOUR_OF_DAY). */
        public Builder hourLayout(HourLayout v) { hourLayout = v; return this; }
        /** Refuse {@code Tweet.id} and other case variants of group_by keys (default true). */
        public Builder strictGroupKeyCase(boolean v) { strictGroupKeyCase = v; return this; }
        /** Add {@code "<n> Tweet ID(s) are unavailable"} to partial 200 responses (default false). */
        public Builder addUnavailableError(boolean v) { addUnavailableError = v; return this; }
        /** OAuth timestamp tolerance (default 300 s; null or zero disables the timestamp and nonce checks). */
        public Builder timestampTolerance(Duration v) { timestampTolerance = v; return this; }
        /** Write one JSON line per request to this file (default none). */
        public Builder logRequests(Path v) { logRequests = v; return this; }
        /** How latency and slow faults wait (default {@link Pause#THREAD_SLEEP}). */
        public Builder pause(Pause v) { pause = v; return this; }

        /** Handler threads, 1 or more (default 4). */
        public Builder threads(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("the handler thread count must be 1 or more, got " + v);
            }
            threads = v;
            return this;
        }

        /**
         * Users with an access token of their own, 1..{@value SandboxData#MAX_USERS} (default 1). With
         * more than one, every Tweet belongs to one of them, each owning an equal share ({@link SandboxData#authorOf}).
         */
        public Builder users(int v) {
            if (v < 1 || v > SandboxData.MAX_USERS) {
                throw new IllegalArgumentException("--users must be 1.." + SandboxData.MAX_USERS + ", got " + v);
            }
            users = v;
            return this;
        }

        private static double share(String setting, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(setting + " must be between 0 and 1, got " + v);
            }
            return v;
        }

        private static Duration notNegative(String setting, Duration v) {
            if (Objects.requireNonNull(v, setting).isNegative()) {
                throw new IllegalArgumentException(setting + " must not be negative, got " + v.toMillis() + " ms");
            }
            return v;
        }

        public SandboxConfig build() {
            double faults = failRate + resetRate + garbageRate + slowRate;
            if (faults > 1 + 1e-9) {
                throw new IllegalArgumentException("--fail-rate, --reset-rate, --garbage-rate and --slow-rate add up to "
                        + faults + "; together they must be at most 1 (each is a share of all requests)");
            }
            return new SandboxConfig(this);
        }
    }
}
