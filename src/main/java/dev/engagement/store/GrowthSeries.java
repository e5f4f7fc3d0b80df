package dev.engagement.store;

import java.util.List;

/**
 * The complete snapshots of a period, oldest first, with their sums per metric; and how many
 * partial snapshots (runs stopped early) the period also holds, which are left out.
 */
public record GrowthSeries(List<SnapshotSums> snapshots, int partialLeftOut) {
    public GrowthSeries {
        snapshots = List.copyOf(snapshots);
    }
}
