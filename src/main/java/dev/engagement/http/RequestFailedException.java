package dev.engagement.http;

/**
 * A request that could not be completed: a network or server fault that lasted through every
 * retry, or one that every later request would meet as well ({@link #stopsRun()}: the host cannot
 * be reached at all, or a wait would be too long), so the run should stop instead of grinding on.
 */
public final class RequestFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final boolean stopsRun;

    RequestFailedException(String message, String kind, boolean stopsRun) {
        super(message);
        this.kind = kind;
        this.stopsRun = stopsRun;
    }

    /** The kind of failure in a few words ("HTTP 503", "timeout", "connection refused"), to tell repeats apart. */
    public String kind() {
        return kind;
    }

    public boolean stopsRun() {
        return stopsRun;
    }
}
