package dev.engagement.app;

import dev.engagement.ExitCode;
import dev.engagement.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A request to stop a run early (Ctrl-C or SIGTERM). Before the first request nothing is at stake,
 * so the process ends at once with 130 (even when blocked reading a FIFO). Once fetching, the
 * request in flight is dropped, waits end at once, and the run writes its partial result and keeps
 * its journal; a second Ctrl-C ends the process at once, removing its temporary files.
 */
public final class StopSignal {
    private static final Duration SLICE = Duration.ofMillis(200);

    private final boolean processSignals;
    private volatile boolean requested;
    private volatile boolean installed;
    private volatile boolean fetching;
    private final List<Runnable> onStop = new CopyOnWriteArrayList<>();
    private final List<Runnable> onHalt = new CopyOnWriteArrayList<>();

    private StopSignal(boolean processSignals) {
        this.processSignals = processSignals;
    }

    /** Answers Ctrl-C and SIGTERM of this process once {@link #install()} is called. */
    public static StopSignal forProcess() {
        return new StopSignal(true);
    }

    /** Only {@link #request()} stops the run: for tests. */
    public static StopSignal manual() {
        return new StopSignal(false);
    }

    /** Takes over INT and TERM for the rest of the process. Only fetch runs do, so other commands keep the defaults. */
    public synchronized void install() {
        if (!processSignals || installed) {
            return;
        }
        installed = true;
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                    if (requested || !fetching) {
                        // A second Ctrl-C, or one before anything was fetched, means now: only the
                        // temporary files are taken away first.
                        onHalt.forEach(StopSignal::quietly);
                        Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
                    }
                    request();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // This platform does not let us handle the signal: the default behaviour stays.
            }
        }
    }

    /** From now on a stop is graceful: there is a partial result and a journal to keep. */
    public void fetchingStarts() {
        fetching = true;
    }

    public void request() {
        requested = true;
        onStop.forEach(StopSignal::quietly);
    }

    /** Something to do at once when a stop is requested (say so, abort the request in flight). */
    public void onStop(Runnable action) {
        onStop.add(action);
    }

    /** Something to do before a second Ctrl-C ends the process at once: remove a temporary file. */
    public void onHalt(Runnable action) {
        onHalt.add(action);
    }

    private static void quietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ignored) {
            // stopping goes on whatever one action does
        }
    }

    public boolean requested() {
        return requested;
    }

    /** A sleeper that wakes up early, with an InterruptedException, when a stop is requested. */
    public Sleeper guard(Sleeper inner) {
        return d -> {
            Duration left = d;
            while (!left.isNegative() && !left.isZero()) {
                if (requested) {
                    throw new InterruptedException("stop requested");
                }
                Duration step = left.compareTo(SLICE) > 0 ? SLICE : left;
                inner.sleep(step);
                left = left.minus(step);
            }
            if (requested) {
                throw new InterruptedException("stop requested");
            }
        };
    }
}
