package dev.engagement.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the next request may go: at most {@code requestsPerMinute} evenly spaced (a token bucket
 * holding one token, so there is never a burst beyond the budget), and never before a time the
 * server set (its budget used up, or a 429), with the reason of the wait.
 */
public final class Pacer {
    /** The next slot and why it is not now: our own pacing or the server's word. */
    public record Slot(Instant at, String reason, Duration clockSkew) {
    }

    static final String OWN_PACING = "pacing under --requests-per-minute";

    private final Duration interval;
    private final Clock clock;
    private Instant nextSlot = Instant.MIN;
    private Instant blockedUntil = Instant.MIN;
    private String blockReason;
    private Duration blockSkew = Duration.ZERO;

    public Pacer(double requestsPerMinute, Clock clock) {
        this.interval = requestsPerMinute <= 0 ? Duration.ZERO
                : Duration.ofNanos((long) Math.ceil(60_000_000_000d / requestsPerMinute));
        this.clock = clock;
    }

    /** When the next request may go (now at the earliest), and why it waits. */
    public Slot next() {
        Instant now = clock.instant();
        if (blockedUntil.isAfter(now) && !blockedUntil.isBefore(nextSlot)) {
            return new Slot(blockedUntil, blockReason, blockSkew);
        }
        return new Slot(nextSlot.isAfter(now) ? nextSlot : now, OWN_PACING, Duration.ZERO);
    }

    /** A request goes at {@code at}: the next slot is one interval later. */
    public void taken(Instant at) {
        nextSlot = at.plus(interval);
    }

    /**
     * No request before {@code until}, because of {@code reason} (a later block wins);
     * {@code clockSkew}: how far this machine's clock is off the server's that set it, worth telling when large.
     */
    public void blockUntil(Instant until, String reason, Duration clockSkew) {
        if (until.isAfter(blockedUntil)) {
            blockedUntil = until;
            blockReason = reason;
            blockSkew = clockSkew;
        }
    }
}
