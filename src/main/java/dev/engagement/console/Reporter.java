package dev.engagement.console;

import java.io.PrintStream;

/** Messages for people, on stderr: notes and warnings unless quiet, details when verbose. Never data. */
public final class Reporter {
    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean color;

    public Reporter(PrintStream err, Verbosity verbosity, boolean color) {
        this.err = err;
        this.quiet = verbosity.quiet();
        this.verbose = verbosity.verbose();
        this.color = color;
    }

    public void note(String message) {
        if (!quiet) {
            err.println(message);
        }
    }

    public void warn(String message) {
        if (!quiet) {
            err.println(paint("33", "warning: ") + message);
        }
    }

    /** Errors are shown even when quiet. */
    public void error(String message) {
        err.println(paint("31", "error: ") + message);
    }

    public void verbose(String message) {
        if (verbose) {
            err.println(message);
        }
    }

    public boolean isVerbose() {
        return verbose;
    }

    public boolean isQuiet() {
        return quiet;
    }

    public PrintStream stream() {
        return err;
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
