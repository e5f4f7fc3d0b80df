package dev.engagement.html;

import dev.engagement.api.CountTree;
import dev.engagement.api.Grouping;
import java.io.IOException;
import java.util.List;

/**
 * A run's result as a report reads it: facts about the run, its groupings with their keys, and the
 * counts, visited as often as needed (the report reads twice: totals and rankings, then the curves
 * of the top Tweets). Tweet-keyed groupings may come in parts (a batch, or a Tweet, at a time), so
 * no source has to hold every Tweet in memory.
 */
public interface RunData {
    /** Receives one grouping's counts, or a part of them. */
    @FunctionalInterface
    interface CountsVisitor {
        void visit(Grouping grouping, CountTree counts) throws IOException;
    }

    RunFacts facts();

    /** The groupings, in request order, each with its keys. */
    List<Grouping> groupings();

    /** The metrics in request order; empty when unknown (then in the order the counts hold them). */
    List<String> metrics();

    void forEachCounts(CountsVisitor visitor) throws IOException;
}
