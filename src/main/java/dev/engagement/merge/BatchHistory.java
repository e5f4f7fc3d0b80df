package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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

    /**
     * {@link #forEachGroupingJson} as the UTF-8 bytes of each object: what a document that copies the
     * counts as they are writes out, without decoding them into text first where the history holds bytes.
     */
    default void forEachGroupingUtf8(String grouping, Utf8Visitor visitor) throws IOException {
        forEachGroupingJson(grouping, encodingTo(visitor));
    }

    /** A visitor of text that hands each object on to {@code visitor} as UTF-8. */
    static JsonVisitor encodingTo(Utf8Visitor visitor) {
        return (text, start, end) -> {
            byte[] bytes = text.substring(start, end).getBytes(StandardCharsets.UTF_8);
            visitor.visit(bytes, 0, bytes.length);
        };
    }

    @FunctionalInterface
    interface Utf8Visitor {
        /** The counts are the JSON object {@code bytes[start, end)}; the array is valid only during the call. */
        void visit(byte[] bytes, int start, int end) throws IOException;
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
