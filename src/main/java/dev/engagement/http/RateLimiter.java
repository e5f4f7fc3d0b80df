package dev.engagement.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Paces requests: at most {@code requestsPerMinute} evenly spaced (a token bucket holding one
 * token, so there is never a burst beyond the budget), and no request before a reset the server
 * announced when its remaining budget reached zero.
 */
public final class RateLimiter {
    private final Duration interval;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant nextSlot = Instant.MIN;
    private Instant blockedUntil = Instant.MIN;

    public RateLimiter(double requestsPerMinute, Clock clock, Sleeper sleeper) {
        this.interval = requestsPerMinute <= 0 ? Duration.ZERO
                : Duration.ofNanos((long) Math.ceil(60_000_000_000d / requestsPerMinute));
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** When the next request may go, without waiting. */
    public Instant nextAllowed() {
        Instant t = nextSlot.isAfter(blockedUntil) ? nextSlot : blockedUntil;
        Instant now = clock.instant();
        return t.isAfter(now) ? t : now;
    }

    /** Whether the wait before the next request is the server's reset rather than our own pacing. */
    public boolean waitingForServerReset() {
        return blockedUntil.isAfter(clock.instant()) && !blockedUntil.isBefore(nextSlot);
    }

    /** Waits for the next slot, then takes it. */
    public void acquire() throws InterruptedException {
        Instant at = nextAllowed();
        Duration wait = Duration.between(clock.instant(), at);
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
        nextSlot = at.plus(interval);
    }

    /** Takes the server's word: with nothing left in this minute, wait for its reset. */
    public void observe(RateLimitHeaders headers) {
        if (headers.remaining() != null && headers.remaining() <= 0 && headers.reset() != null) {
            blockUntil(headers.reset());
        }
    }

    public void blockUntil(Instant until) {
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
        }
    }
}
