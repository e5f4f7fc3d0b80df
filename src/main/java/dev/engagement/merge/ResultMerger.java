package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines batch results into one document with the shape a single response would have had.
 * Every batch's counts go to the sink as soon as the batch is complete; Tweet-keyed groupings are
 * written from there (a Tweet never repeats across batches), and the other groupings, small
 * aggregates, are summed here.
 */
public final class ResultMerger {
    /** Receives each grouping's part of a completed batch. */
    public interface BatchSink {
        void batchCounts(Grouping grouping, CountTree counts) throws IOException;

        /** Told of each batch before its counts, e.g. to look up who fetched its Tweets. */
        default void batchStarts(BatchResult batch) throws IOException {
        }
    }

    private final List<Grouping> groupings;
    private final BatchSink sink;
    private final Map<String, CountTree> aggregates = new LinkedHashMap<>();
    private final IdLists ids = new IdLists();
    private String start;
    private String end;

    /**
     * @param sent  every grouping the requests ask for; the sink gets each one's part of every batch
     * @param shown those the result shows (a grouping requested only for the Top Tweets is not): their
     *              aggregates are summed here
     */
    public ResultMerger(List<Grouping> sent, List<Grouping> shown, BatchSink sink) {
        this.groupings = List.copyOf(sent);
        this.sink = sink;
        for (Grouping g : shown) {
            if (!g.isKeyedByTweet()) {
                aggregates.put(g.name(), new CountTree());
            }
        }
    }

    public void accept(BatchResult batch) throws IOException {
        sink.batchStarts(batch);
        for (Grouping g : groupings) {
            CountTree counts = batch.counts(g.name());
            sink.batchCounts(g, counts);
            CountTree aggregate = aggregates.get(g.name());
            if (aggregate != null) {
                aggregate.addAll(counts);
            }
        }
        ids.addAll(batch.ids());
        if (batch.start() != null && (start == null || batch.start().compareTo(start) < 0)) {
            start = batch.start();
        }
        if (batch.end() != null && (end == null || batch.end().compareTo(end) > 0)) {
            end = batch.end();
        }
    }

    /** The run's ID lists, for IDs that never reached a response (failed, or not fetched). */
    public IdLists ids() {
        return ids;
    }

    /**
     * The closing part. {@code range}, when given, is the whole requested window (historical);
     * otherwise the window the responses echoed.
     */
    public RunResult finish(TimeWindow range, List<TimeWindow> windows, boolean partial) {
        String s = range != null ? TimeRules.formatWire(range.start()) : start;
        String e = range != null ? TimeRules.formatWire(range.end()) : end;
        return new RunResult(s, e, windows, aggregates, ids, partial);
    }
}
