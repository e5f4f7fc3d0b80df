package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import java.io.IOException;

/**
 * The batches of a run, read again in batch order: how a document that holds every Tweet is written
 * without holding the Tweets in memory.
 */
public interface BatchHistory {
    /** Visits each batch's result once, in batch order; only {@code groupings} need be read (null: all). */
    void forEachBatch(java.util.Set<String> groupings, Visitor visitor) throws IOException;

    /**
     * Visits each batch's counts of one grouping as the compact JSON object its record holds (counts as
     * numbers, keys in the order the API sent them), in batch order; batches without such counts are skipped.
     * What a document copies without reading the counts into trees; a history that keeps no JSON encodes them.
     */
    default void forEachGroupingJson(String grouping, JsonVisitor visitor) throws IOException {
        forEachBatch(java.util.Set.of(grouping), batch -> {
            CountTree counts = batch.counts(grouping);
            if (counts != null && !counts.isEmpty()) {
                String text = CountTreeJson.compact(counts, false);
                visitor.visit(text, 0, text.length());
            }
        });
    }

    @FunctionalInterface
    interface JsonVisitor {
        /** The counts are the JSON object {@code text[start, end)}. */
        void visit(String text, int start, int end) throws IOException;
    }

    @FunctionalInterface
    interface Visitor {
        void visit(BatchResult batch) throws IOException;
    }
}
