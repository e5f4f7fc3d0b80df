package dev.engagement.merge;

import java.io.IOException;

/**
 * The batches of a run, read again in batch order: how a document that holds every Tweet is written
 * without holding the Tweets in memory.
 */
public interface BatchHistory {
    /** Visits each batch's result once, in batch order; only {@code groupings} need be read (null: all). */
    void forEachBatch(java.util.Set<String> groupings, Visitor visitor) throws IOException;

    @FunctionalInterface
    interface Visitor {
        void visit(BatchResult batch) throws IOException;
    }
}
