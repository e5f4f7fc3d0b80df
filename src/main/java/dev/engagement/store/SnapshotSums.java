package dev.engagement.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One complete snapshot of a period and, per metric, its count summed over the Tweets of its
 * Tweet-keyed grouping (over any day or hour); a metric the snapshot lacks is absent.
 *
 * @param tweetIds how many Tweet IDs its run asked for
 */
public record SnapshotSums(long id, Instant fetchedAt, long tweetIds, Map<String, Long> perMetric) {
    public SnapshotSums {
        perMetric = Collections.unmodifiableMap(new LinkedHashMap<>(perMetric));
    }
}
