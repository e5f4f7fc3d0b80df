package dev.engagement.sandbox;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts and logs each request once, just before its response goes out (or in the end when none
 * does), so a client that has the response also sees the counters and the log line.
 */
final class RequestRecorder implements AutoCloseable {
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong handlingNanos = new AtomicLong();
    private final RequestLog log;

    /** {@code logFile} null: count only. */
    RequestRecorder(Path logFile) {
        this.log = logFile == null ? null : new RequestLog(logFile);
    }

    void record(Exchange x) {
        if (x.recorded) {
            return;
        }
        x.recorded = true;
        long spent = System.nanoTime() - x.startNanos;
        handled.incrementAndGet();
        handlingNanos.addAndGet(Math.max(0, spent - x.pausedNanos));
        if (log != null) {
            log.write(x, spent / 1e6);
        }
    }

    /** Requests answered (or reset) so far, token requests included. */
    long requestsHandled() {
        return handled.get();
    }

    /** Time spent handling requests, excluding injected latency and slow delays. */
    long handlingNanos() {
        return handlingNanos.get();
    }

    @Override
    public void close() {
        if (log != null) {
            log.close();
        }
    }
}
