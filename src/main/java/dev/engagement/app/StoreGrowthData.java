package dev.engagement.app;

import dev.engagement.html.GrowthData;
import dev.engagement.plan.Durations;
import dev.engagement.store.Growth;
import dev.engagement.store.GrowthQuery;
import dev.engagement.store.GrowthSeries;
import dev.engagement.store.SnapshotStore;
import dev.engagement.store.SnapshotSums;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a store's growth over a period into the plain {@link GrowthData} a report draws: the
 * ranking is {@code engagement growth}'s own (the same query), the sums per snapshot are the
 * store's; fewer than two complete snapshots is {@code growth}'s error.
 */
final class StoreGrowthData {
    private StoreGrowthData() {
    }

    /** {@code top}: Tweets ranked per metric (0: none). */
    static GrowthData read(SnapshotStore store, ReportJob.StoreInput input, Instant since, int top) {
        GrowthQuery query = new GrowthQuery(input.endpoint().path(), since, List.of(), Math.max(1, top));
        Growth growth = store.growth(query);
        if (growth.snapshots() < 2) {
            throw GrowthJob.tooFewSnapshots(store, growth, input.endpoint(), input.since());
        }
        GrowthSeries series = store.growthSeries(query);
        List<GrowthData.Snapshot> snapshots = new ArrayList<>();
        for (SnapshotSums s : series.snapshots()) {
            snapshots.add(new GrowthData.Snapshot(s.id(), s.fetchedAt(), s.tweetIds(), s.perMetric()));
        }
        Map<String, List<GrowthData.Grower>> fastest = new LinkedHashMap<>();
        if (top > 0) {
            growth.top().forEach((metric, rows) -> fastest.put(metric, rows.stream().map(r -> new GrowthData.Grower(
                    r.tweetId(), r.firstAt(), r.first(), r.lastAt(), r.last(), r.change(), r.perDay())).toList()));
        }
        return new GrowthData(store.target().shown(), input.endpoint().path(), Durations.format(input.since()), since,
                snapshots, series.partialLeftOut(), fastest);
    }
}
