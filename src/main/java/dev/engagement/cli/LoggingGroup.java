package dev.engagement.cli;

import dev.engagement.console.LogFormat;
import dev.engagement.console.ProgressMode;
import dev.engagement.console.Verbosity;
import picocli.CommandLine.Option;

/** How much to say on stderr. */
public final class LoggingGroup {
    /** slf4j-simple's key prefix for per-logger levels (see src/main/resources/simplelogger.properties). */
    static final String LOG_LEVEL_KEY = "org.slf4j.simpleLogger.log.";

    @Option(names = {"-q", "--quiet"}, description = "Only errors on stderr: no notes, warnings, progress or summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "One line per request on stderr; stack traces on failures.")
    boolean verbose;

    @Option(names = "--debug",
            description = "Like --verbose, plus every HTTP request and response on stderr (headers and bodies; the "
                    + "Authorization header shows its scheme only) and HttpClient's connection log.")
    boolean debug;

    @Option(names = "--progress", paramLabel = "STYLE", defaultValue = "auto", completionCandidates = ProgressStyles.class,
            description = "auto (a bar on a terminal, plain lines otherwise), bar, plain (a line at every tenth of "
                    + "the run and at least once a minute, for logs) or none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress = ProgressMode.AUTO;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text", completionCandidates = LogFormats.class,
            description = "text: sentences (the default); json: every stderr event as one JSON object per line, "
                    + "for log collectors.")
    LogFormat logFormat = LogFormat.TEXT;

    /** The --log-format values as typed. */
    static final class LogFormats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(LogFormat.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
                    .iterator();
        }
    }

    /** The --progress values as typed. */
    static final class ProgressStyles implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(ProgressMode.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT))
                    .iterator();
        }
    }

    Verbosity verbosity() {
        if (debug) {
            return Verbosity.DEBUG;
        }
        if (verbose) {
            return Verbosity.VERBOSE;
        }
        return quiet ? Verbosity.QUIET : Verbosity.NORMAL;
    }

    /**
     * Turns on HttpClient's own debug log (connections, pool, execution) before its first logger is
     * created. Its header and wire loggers stay off: they would print the Authorization header.
     */
    static void enableHttpClientDebugLog() {
        System.setProperty(LOG_LEVEL_KEY + "org.apache.hc.client5.http", "debug");
        System.setProperty(LOG_LEVEL_KEY + "org.apache.hc.client5.http.headers", "off");
        System.setProperty(LOG_LEVEL_KEY + "org.apache.hc.client5.http.wire", "off");
    }
}
