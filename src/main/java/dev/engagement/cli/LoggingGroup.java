package dev.engagement.cli;

import picocli.CommandLine.Option;

/** How much to say on stderr. */
public final class LoggingGroup {
    @Option(names = {"-q", "--quiet"}, description = "Only errors on stderr: no notes, warnings, progress or summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "One line per request on stderr; stack traces on failures.")
    boolean verbose;
}
