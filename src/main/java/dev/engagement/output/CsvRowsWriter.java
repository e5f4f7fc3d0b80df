package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import dev.engagement.merge.TopTweets;

/**
 * What both CSV layouts share: RFC 4180 rows under one header, Tweet-keyed groupings written as
 * batches arrive, aggregates and then the Top Tweets at the end. Rows are built in memory and
 * handed on whole, a batch's rows at a time, so output cut short by a failure ends on a complete row.
 */
abstract class CsvRowsWriter implements ResultWriter {
    private final OutputStream out;
    private final StringBuilder chunk = new StringBuilder(1 << 16);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final String DELIMITER = FORMAT.getDelimiterString();
    protected final List<Grouping> groupings;
    /** The request's metrics, in request order. */
    protected final List<String> metrics;

    CsvRowsWriter(OutputStream out, List<String> header, List<Grouping> groupings, List<String> metrics)
            throws IOException {
        this.out = out;
        this.groupings = groupings;
        this.metrics = metrics;
        printRecord(header.toArray());
        handOn();
    }

    /**
     * Appends one row: each value quoted as Commons CSV's RFC 4180 format quotes it, then the record
     * separator. Through the format rather than a {@code CSVPrinter}, which takes a lock and builds a
     * stream for every row: with millions of rows that was more than half of a CSV run's CPU.
     */
    protected final void printRecord(Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0 && values[i] instanceof String s && isDigits(s)) {
                // A count or a Tweet ID, most of the values: digits need no quotes wherever they stand.
                chunk.append(DELIMITER).append(s);
            } else {
                FORMAT.print(values[i], chunk, i == 0);
            }
        }
        FORMAT.println(chunk);
    }

    private static boolean isDigits(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /** Hands the rows built so far to the output in one write. */
    private void handOn() throws IOException {
        if (chunk.length() > 0) {
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            chunk.setLength(0);
        }
    }

    /** Writes one grouping's counts as rows. */
    abstract void writeRows(Grouping g, CountTree counts) throws IOException;

    /** Writes the Top Tweets as rows whose grouping is {@code top:<metric>}. */
    abstract void writeTop(TopTweets top) throws IOException;

    @Override
    public final void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        writeRows(grouping, counts);
        handOn();
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
        handOn();
        out.flush();
    }
}
