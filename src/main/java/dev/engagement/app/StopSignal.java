package dev.engagement.app;

import dev.engagement.http.Sleeper;
import java.time.Duration;
import dev.engagement.ExitCode;

/**
 * A request to stop a run early (Ctrl-C or SIGTERM). The run finishes the request in flight,
 * writes its checkpoint and a partial result, and exits 130; waits end at once.
 */
public final class StopSignal {
    private static final Duration SLICE = Duration.ofMillis(200);

    private final boolean processSignals;
    private volatile boolean requested;
    private volatile boolean installed;
    private volatile Runnable onStop;

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
                    if (requested) {
                        // A second Ctrl-C means now.
                        Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
                    }
                    request();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // This platform does not let us handle the signal: the default behaviour stays.
            }
        }
    }

    public void request() {
        requested = true;
        Runnable action = onStop;
        if (action != null) {
            action.run();
        }
    }

    /** What to do at once when a stop is requested (abort the request in flight); replaces any earlier action. */
    public void onStop(Runnable action) {
        onStop = action;
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
