package dev.engagement;

/** The documented exit codes of the {@code engagement} command. */
public final class ExitCode {
    /** Everything requested was fetched (IDs the API reports as unavailable or forbidden do not count as failures). */
    public static final int OK = 0;
    /** Some IDs could not be fetched because of network or server failures; the rest was written. */
    public static final int PARTIAL_FAILURE = 1;
    /** Bad command line or bad input; nothing was sent. */
    public static final int USAGE = 2;
    /** The API refused the credentials (401, or 403 not about particular Tweets), or a credential is missing. */
    public static final int AUTH = 3;
    /** Interrupted by Ctrl-C or SIGTERM; partial output and checkpoint were written. */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
