package dev.engagement.html;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Growth read from a snapshot store, as a report reads it: plain numbers the wiring fills from the
 * store, so this package knows nothing of databases.
 *
 * @param source         the store as it may be shown (no password)
 * @param endpoint       the endpoint whose snapshots these are, e.g. {@code totals}
 * @param period         how far back the period reaches, as given (e.g. {@code 7d})
 * @param since          the period's start
 * @param snapshots      the complete snapshots of the period, oldest first
 * @param partialLeftOut how many partial snapshots the period also holds (left out)
 * @param fastest        per metric, the fastest-growing Tweets, fastest first
 */
public record GrowthData(String source, String endpoint, String period, Instant since, List<Snapshot> snapshots,
        int partialLeftOut, Map<String, List<Grower>> fastest) {
    public GrowthData {
        snapshots = List.copyOf(snapshots);
        fastest = Collections.unmodifiableMap(new LinkedHashMap<>(fastest));
    }

    /** One complete snapshot: when its run began, how many Tweet IDs it asked for, its count per metric summed over Tweets. */
    public record Snapshot(long id, Instant fetchedAt, long tweetIds, Map<String, Long> perMetric) {
        public Snapshot {
            perMetric = Collections.unmodifiableMap(new LinkedHashMap<>(perMetric));
        }
    }

    /** One Tweet's count in its first and last snapshot of the period, the change, and the change per day. */
    public record Grower(String tweetId, Instant firstAt, long first, Instant lastAt, long last, long change,
            double perDay) {
    }
}
