package dev.engagement.store;

import java.time.Instant;
import java.util.List;

/**
 * Which growth to find: of snapshots of {@code endpoint} fetched from {@code since} on (complete
 * ones only), for {@code metrics} (empty: all), the {@code top} Tweets per metric.
 */
public record GrowthQuery(String endpoint, Instant since, List<String> metrics, int top) {
    public GrowthQuery {
        metrics = List.copyOf(metrics);
    }
}
