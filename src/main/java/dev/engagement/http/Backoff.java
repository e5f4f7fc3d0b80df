package dev.engagement.http;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with full jitter: a random delay between zero and base x 2^attempt, capped. */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The delay before retry number {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt) {
        long ceiling = base.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        ceiling = Math.min(ceiling, cap.toMillis());
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }

    /** A wait of about {@code around}, stretched by up to a tenth so many clients do not return at once. */
    public Duration jittered(Duration around) {
        long extra = around.toMillis() / 10;
        return around.plusMillis(extra <= 0 ? 0 : random.nextLong(extra + 1));
    }
}
