package dev.engagement.sandbox;

import java.time.Duration;

/**
 * Decides, from the seed and the request number alone, which fault (if any) and how much latency
 * a request gets. The script wins over the rates.
 */
final class FaultPlan {
    private static final long SALT_RESET = 0xF1;
    private static final long SALT_FAIL = 0xF2;
    private static final long SALT_FAIL_KIND = 0xF3;
    private static final long SALT_GARBAGE = 0xF4;
    private static final long SALT_SLOW = 0xF5;
    private static final long SALT_JITTER = 0xF6;

    private final SandboxConfig config;

    FaultPlan(SandboxConfig config) {
        this.config = config;
    }

    /** The fault for API request {@code n} (from 1), or null. */
    FaultKind faultFor(long n) {
        FaultKind scripted = config.scriptedFaults().get(n);
        if (scripted != null) {
            return scripted;
        }
        long seed = config.seed();
        if (config.resetRate() > 0 && Mix.unit(Mix.hash(seed, SALT_RESET, n)) < config.resetRate()) {
            return FaultKind.RESET;
        }
        if (config.failRate() > 0 && Mix.unit(Mix.hash(seed, SALT_FAIL, n)) < config.failRate()) {
            switch ((int) Long.remainderUnsigned(Mix.hash(seed, SALT_FAIL_KIND, n), 3)) {
                case 0: return FaultKind.HTTP_500;
                case 1: return FaultKind.HTTP_502;
                default: return FaultKind.HTTP_503;
            }
        }
        if (config.garbageRate() > 0 && Mix.unit(Mix.hash(seed, SALT_GARBAGE, n)) < config.garbageRate()) {
            return FaultKind.GARBAGE;
        }
        if (config.slowRate() > 0 && Mix.unit(Mix.hash(seed, SALT_SLOW, n)) < config.slowRate()) {
            return FaultKind.SLOW;
        }
        return null;
    }

    /** Latency plus a jitter drawn for request {@code n}. */
    Duration latencyFor(long n) {
        Duration jitter = config.latencyJitter();
        if (jitter.isZero()) {
            return config.latency();
        }
        long extra = (long) (Mix.unit(Mix.hash(config.seed(), SALT_JITTER, n)) * (jitter.toNanos() + 1));
        return config.latency().plusNanos(extra);
    }
}
