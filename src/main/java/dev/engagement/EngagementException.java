package dev.engagement;

/**
 * The one exception type that reaches the command line: a sentence for the user and the exit code
 * that goes with it. Messages must never contain a secret.
 */
public class EngagementException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;

    public EngagementException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public EngagementException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public static EngagementException usage(String message) {
        return new EngagementException(ExitCode.USAGE, message);
    }

    public static EngagementException auth(String message) {
        return new EngagementException(ExitCode.AUTH, message);
    }
}
