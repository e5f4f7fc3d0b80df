package dev.engagement.console;

/** How much a command says on stderr: {@code -q}, the default, {@code -v}, {@code --debug}. */
public enum Verbosity {
    /** Only errors. */
    QUIET,
    /** Notes, warnings, progress and the summary. */
    NORMAL,
    /** Also one line per request, and stack traces on failures. */
    VERBOSE,
    /** Also every HTTP request and response, credentials redacted. */
    DEBUG;

    public boolean quiet() {
        return this == QUIET;
    }

    public boolean verbose() {
        return this == VERBOSE || this == DEBUG;
    }

    public boolean debug() {
        return this == DEBUG;
    }
}
