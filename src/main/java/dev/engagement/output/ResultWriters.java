package dev.engagement.output;

import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import dev.engagement.merge.BatchHistory;

/** Picks the writer for a run: the format asked for, or a table on a terminal and JSON otherwise. */
public final class ResultWriters {
    private ResultWriters() {
    }

    public static Format effectiveFormat(Format asked, boolean toTerminal) {
        return asked != null ? asked : toTerminal ? Format.table : Format.json;
    }

    /**
     * Pretty JSON on a terminal and compact otherwise, unless the settings say. {@code groupings}:
     * those to write, in request order; {@code metrics}: the request's, which order the columns and
     * the Top Tweets.
     */
    public static ResultWriter create(OutputSettings settings, Stdout stdout, OutputStream out, List<Grouping> groupings,
            List<Metric> metrics, BatchHistory history) throws IOException {
        return create(settings, stdout, out, groupings, metrics, history, null);
    }

    /** As above; {@code profiles}, when not null, adds who fetched each Tweet to JSON Lines and the tidy CSV. */
    public static ResultWriter create(OutputSettings settings, Stdout stdout, OutputStream out, List<Grouping> groupings,
            List<Metric> metrics, BatchHistory history, TweetProfiles profiles) throws IOException {
        List<String> names = metrics.stream().map(Metric::wireName).toList();
        ResultWriter writer = createFormat(settings, stdout, out, groupings, names, history, profiles);
        if (settings.topOutput() != null) {
            writer = new TopTweetsCsvFile(writer, settings.topOutput(), names);
        }
        if (settings.idsDir() != null) {
            writer = new IdListFiles(writer, settings.idsDir());
        }
        return writer;
    }

    private static ResultWriter createFormat(OutputSettings settings, Stdout stdout, OutputStream out,
            List<Grouping> groupings, List<String> metrics, BatchHistory history, TweetProfiles profiles)
            throws IOException {
        boolean toTerminal = settings.file() == null && stdout.isTerminal();
        Boolean pretty = settings.pretty();
        switch (effectiveFormat(settings.format(), toTerminal)) {
            case csv:
                return settings.wide() ? new WideCsvResultWriter(out, groupings, metrics)
                        : new CsvResultWriter(out, groupings, metrics, profiles);
            case table:
                return new TableResultWriter(out, groupings, metrics, toTerminal ? stdout.width() : Integer.MAX_VALUE,
                        toTerminal && stdout.color(), stdout.unicode());
            case jsonl:
                return new JsonLinesResultWriter(out, groupings, metrics, profiles);
            default:
                return new JsonResultWriter(out, pretty != null ? pretty : toTerminal, groupings, metrics, history);
        }
    }
}
