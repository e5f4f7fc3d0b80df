package dev.engagement.console;

/** How a run shows its progress ({@code --progress}): a bar redrawn in place, plain lines for logs, or nothing. */
public enum ProgressMode {
    /** A bar when stderr is a terminal (and not --verbose, whose lines would break it), plain lines otherwise. */
    AUTO,
    BAR,
    /** A line at every tenth of the run and at least once a minute, for CI logs and cron mail. */
    PLAIN,
    NONE;

    /** The mode to use: never anything with {@code -q}. */
    public ProgressMode resolve(boolean stderrIsTerminal, Verbosity verbosity) {
        if (verbosity.quiet() || this == NONE) {
            return NONE;
        }
        if (this != AUTO) {
            return this;
        }
        return stderrIsTerminal && !verbosity.verbose() ? BAR : PLAIN;
    }
}
