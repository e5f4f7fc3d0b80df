package dev.engagement.sandbox;

import java.time.Duration;

/**
 * Decides, from the seed and the request number alone, which fault (if any) and how much latency
 * a request gets. The script wins over the rates. The rates share one uniform draw per request,
 * cut into consecutive intervals (reset, 5xx, garbage, slow), so each rate is exactly the share of
 * requests it names and no fault hides another.
 */
final class FaultPlan {
    private static final long SALT_FAULT = 0xF1;
    private static final long SALT_FAIL_KIND = 0xF3;
    private static final long SALT_JITTER = 0xF6;

    private final SandboxConfig config;

    FaultPlan(SandboxConfig config) {
        this.config = config;
    }

    /** The fault for API request {@code n} (from 1), or null. */
    FaultKind faultFor(long n) {
        FaultKind scripted = config.scriptedFaults().faultFor(n);
        if (scripted != null) {
            return scripted;
        }
        long seed = config.seed();
        double u = Mix.unit(Mix.hash(seed, SALT_FAULT, n));
        double bound = config.resetRate();
        if (u < bound) {
            return FaultKind.RESET;
        }
        bound += config.failRate();
        if (u < bound) {
            switch ((int) Long.remainderUnsigned(Mix.hash(seed, SALT_FAIL_KIND, n), 3)) {
                case 0: return FaultKind.HTTP_500;
                case 1: return FaultKind.HTTP_502;
                default: return FaultKind.HTTP_503;
            }
        }
        bound += config.garbageRate();
        if (u < bound) {
            return FaultKind.GARBAGE;
        }
        bound += config.slowRate();
        return u < bound ? FaultKind.SLOW : null;
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
