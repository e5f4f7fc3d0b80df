package dev.engagement.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** A wait the run will not sit through: longer than {@code --max-wait}. Every later request would wait as long. */
public final class WaitTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    WaitTooLongException(String reason, Instant until, Duration maxWait) {
        super("waiting until " + until + " (" + reason + ") is longer than --max-wait " + maxWait.toMinutes() + " min");
    }
}
