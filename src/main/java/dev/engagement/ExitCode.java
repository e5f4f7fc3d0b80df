package dev.engagement;

/** The documented exit codes of the {@code engagement} command, each with the meaning help and reports show. */
public enum ExitCode {
    OK(0, Meaning.OK),
    PARTIAL_FAILURE(1, Meaning.PARTIAL_FAILURE),
    USAGE(2, Meaning.USAGE),
    AUTH(3, Meaning.AUTH),
    INTERRUPTED(130, Meaning.INTERRUPTED);

    /** The exit-code line of every command's help: a constant, because picocli's annotations need one. */
    public static final String HELP = "Exit codes: 0 " + Meaning.OK + "; 1 " + Meaning.PARTIAL_FAILURE + "; 2 "
            + Meaning.USAGE + "; 3 " + Meaning.AUTH + "; 130 " + Meaning.INTERRUPTED + ".";

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The exit code for a process exit status, or null for one this tool never uses. */
    public static ExitCode of(int code) {
        for (ExitCode c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return null;
    }

    private static final class Meaning {
        static final String OK = "done";
        static final String PARTIAL_FAILURE = "some IDs could not be fetched (listed in failed_tweet_ids), or the "
                + "output could not be written; the journal keeps what was fetched";
        static final String USAGE = "usage, input or output-path error, found before any request";
        static final String AUTH = "credentials missing or refused";
        static final String INTERRUPTED = "interrupted (Ctrl-C or SIGTERM); partial result and journal kept";
    }
}
