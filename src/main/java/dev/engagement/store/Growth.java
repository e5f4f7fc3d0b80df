package dev.engagement.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fastest-growing Tweets per metric, ranked by change, and the snapshots they were read from.
 *
 * @param snapshots the number of complete snapshots in the period
 * @param first     when the earliest of them was fetched (null when none)
 * @param last      when the latest was fetched
 */
public record Growth(int snapshots, Instant first, Instant last, Map<String, List<GrowthRow>> top) {
}
