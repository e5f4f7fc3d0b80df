package dev.engagement.app;

import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.journal.JournalFile;
import dev.engagement.journal.RunHeader;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.ResultMerger;
import dev.engagement.merge.RunResult;
import dev.engagement.output.ResultKeys;
import dev.engagement.html.RunData;
import dev.engagement.html.RunFacts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's journal read as {@link RunData}: the header gives the endpoint, groupings, metrics and
 * plan; each pass merges the batches as {@code export} does, Tweet-keyed groupings a batch at a time.
 */
final class JournalRunData implements RunData {
    private final JournalFile journal;
    private final RunHeader header;
    private final List<Grouping> shown;
    private RunFacts facts;

    JournalRunData(JournalFile journal) throws IOException {
        this.journal = journal;
        this.header = journal.header();
        this.shown = header.shownGroupings();
        this.facts = factsOf(pass(null));
    }

    @Override
    public RunFacts facts() {
        return facts;
    }

    @Override
    public List<Grouping> groupings() {
        return shown;
    }

    @Override
    public List<String> metrics() {
        return header.shape().metrics().stream().map(Metric::wireName).toList();
    }

    @Override
    public void forEachCounts(CountsVisitor visitor) throws IOException {
        pass(visitor);
    }

    /** Merges every batch once; the visitor (if any) gets the shown groupings' counts. */
    private RunResult pass(CountsVisitor visitor) throws IOException {
        ResultMerger merger = new ResultMerger(header.shape().groupings(), shown, (g, counts) -> {
            if (visitor != null && g.isKeyedByTweet() && shown.contains(g) && !counts.isEmpty()) {
                visitor.visit(g, counts);
            }
        });
        merger.ids().outOfRange.addAll(header.plan().outOfRange());
        journal.forEachBatch(null, merger::accept);
        RunResult result = merger.finish(header.plan().range(), header.plan().windows(), !journal.complete());
        if (visitor != null) {
            for (Grouping g : shown) {
                if (!g.isKeyedByTweet()) {
                    visitor.visit(g, result.aggregates().get(g.name()));
                }
            }
        }
        return result;
    }

    private RunFacts factsOf(RunResult result) {
        IdLists ids = result.ids();
        Map<String, Integer> lists = new LinkedHashMap<>();
        lists.put(ResultKeys.UNAVAILABLE, ids.unavailable.size());
        lists.put(ResultKeys.UNSUPPORTED_VIDEO, ids.unsupportedForVideoViews.size());
        lists.put(ResultKeys.UNSUPPORTED_IMPRESSIONS, ids.unsupportedForImpressionsEngagements.size());
        lists.put(ResultKeys.FORBIDDEN, ids.forbidden.size());
        lists.put(ResultKeys.FAILED, ids.failed.size());
        lists.put(ResultKeys.OUT_OF_RANGE, ids.outOfRange.size());
        List<dev.engagement.api.TimeWindow> windows = result.windows() == null ? List.of() : result.windows();
        return new RunFacts(journal.file().getFileName().toString(), header.shape().endpoint().path(), result.start(),
                result.end(), windows.size() > 1 ? windows : List.of(), header.plan().ids(), lists, result.partial());
    }
}
