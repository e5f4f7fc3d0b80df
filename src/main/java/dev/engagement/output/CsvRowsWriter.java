package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import dev.engagement.merge.TopTweets;

/**
 * What both CSV layouts share: RFC 4180 rows under one header, Tweet-keyed groupings written as
 * batches arrive, aggregates and then the Top Tweets at the end.
 */
abstract class CsvRowsWriter implements ResultWriter {
    protected final CSVPrinter printer;
    protected final List<Grouping> groupings;
    /** The request's metrics, in request order. */
    protected final List<String> metrics;

    CsvRowsWriter(OutputStream out, List<String> header, List<Grouping> groupings, List<String> metrics)
            throws IOException {
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get());
        this.groupings = groupings;
        this.metrics = metrics;
    }

    /** Writes one grouping's counts as rows. */
    abstract void writeRows(Grouping g, CountTree counts) throws IOException;

    /** Writes the Top Tweets as rows whose grouping is {@code top:<metric>}. */
    abstract void writeTop(TopTweets top) throws IOException;

    @Override
    public final void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        writeRows(grouping, counts);
    }

    @Override
    public final void finish(RunResult result, TopTweets top) throws IOException {
        for (Grouping g : groupings) {
            CountTree aggregate = result.aggregates().get(g.name());
            if (aggregate != null) {
                writeRows(g, aggregate);
            }
        }
        if (top != null) {
            writeTop(top);
        }
        printer.flush();
    }
}
