package dev.engagement.cli;

import dev.engagement.EngagementException;
import dev.engagement.output.Format;
import dev.engagement.output.OutputSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that say what to write where. */
public final class OutputGroup {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, jsonl, csv or table (default: table on a terminal, json otherwise; csv with --wide).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed into place) instead of stdout.")
    Path output;

    @Option(names = "--pretty", description = "Indent JSON (the default on a terminal).")
    boolean pretty;

    @Option(names = "--compact", description = "One-line JSON (the default when not on a terminal).")
    boolean compact;

    @Option(names = "--wide",
            description = "CSV with one column per metric (grouping,tweet_id[,day][,hour],<metrics>), "
                    + "the layout spreadsheets want, instead of one row per count. Implies --format csv.")
    boolean wide;

    @Option(names = "--top", paramLabel = "N",
            description = "Also list the N Tweets with the highest count per metric: top_tweets in JSON, a section "
                    + "after the tables, and in CSV rows whose grouping is top:<metric> (unless --top-output).")
    Integer top;

    @Option(names = "--top-output", paramLabel = "FILE",
            description = "Write the --top list to FILE as CSV (metric,rank,tweet_id,count,url) instead of into "
                    + "the main output.")
    Path topOutput;

    @Option(names = "--ids-dir", paramLabel = "DIR",
            description = "Also write each ID list to a file of its own in DIR (failed.txt, forbidden.txt, "
                    + "unavailable.txt, out_of_range.txt, unsupported_video_views.txt, "
                    + "unsupported_impressions_engagements.txt), one ID per line.")
    Path idsDir;

    OutputSettings settings() {
        if (pretty && compact) {
            throw EngagementException.usage("--pretty and --compact contradict each other; give one of them.");
        }
        if (wide && format != null && format != Format.csv) {
            throw EngagementException.usage("--wide is a CSV layout; it cannot be used with --format " + format + ".");
        }
        if (topOutput != null && top == null) {
            throw EngagementException.usage("--top-output needs --top N to say how many Tweets to list.");
        }
        return new OutputSettings(wide && format == null ? Format.csv : format, stdoutIfDash(output),
                pretty ? Boolean.TRUE : compact ? Boolean.FALSE : null, top, wide, stdoutIfDash(topOutput), idsDir);
    }

    /** {@code -o -} means stdout, as everywhere else on the command line. */
    private static Path stdoutIfDash(Path p) {
        return p == null || p.toString().equals("-") ? null : p;
    }
}
