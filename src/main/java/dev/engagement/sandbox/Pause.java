package dev.engagement.sandbox;

import java.time.Duration;

/**
 * How the sandbox waits for injected latency and slow faults. Injected through
 * {@link SandboxConfig.Builder#pause(Pause)} so tests record or block instead of sleeping.
 */
@FunctionalInterface
public interface Pause {
    void pause(Duration duration) throws InterruptedException;

    /** Really waits, with {@link Thread#sleep(long, int)}; zero and negative durations return at once. */
    Pause THREAD_SLEEP = d -> {
        if (!d.isNegative() && !d.isZero()) {
            Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
        }
    };
}
