package dev.engagement.output;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import dev.engagement.merge.TopTweets;

/**
 * What both CSV layouts share: RFC 4180 rows under one header, Tweet-keyed groupings written as
 * batches arrive, aggregates and then the Top Tweets at the end. Rows are built in memory as bytes
 * ({@link CsvRowBytes}) and handed on whole, a batch's rows at a time, so output cut short by a
 * failure ends on a complete row.
 */
abstract class CsvRowsWriter implements ResultWriter {
    private final OutputStream out;
    /** The rows not yet handed on. */
    protected final CsvRowBytes rows = new CsvRowBytes();
    protected final List<Grouping> groupings;
    /** The request's metrics, in request order. */
    protected final List<String> metrics;

    CsvRowsWriter(OutputStream out, List<String> header, List<Grouping> groupings, List<String> metrics)
            throws IOException {
        this.out = out;
        this.groupings = groupings;
        this.metrics = metrics;
        rows.row(header.toArray(String[]::new));
        handOn();
    }

    /** Hands the rows built so far to the output in one write. */
    private void handOn() throws IOException {
        rows.writeTo(out);
    }

    /** Writes one grouping's counts as rows. */
    abstract void writeRows(Grouping g, CountTree counts);

    /** Writes the Top Tweets as rows whose grouping is {@code top:<metric>}. */
    abstract void writeTop(TopTweets top);

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
