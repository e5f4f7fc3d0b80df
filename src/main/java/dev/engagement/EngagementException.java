package dev.engagement;

/**
 * The one exception type that reaches the command line: a sentence for the user and the exit code
 * that goes with it. Messages must never contain a secret.
 */
public class EngagementException extends RuntimeException {
    private final int exitCode;

    public EngagementException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public EngagementException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static EngagementException usage(String message) {
        return new EngagementException(ExitCode.USAGE, message);
    }

    public static EngagementException auth(String message) {
        return new EngagementException(ExitCode.AUTH, message);
    }
}
