package dev.engagement.plan;

import dev.engagement.api.TimeWindow;
import java.util.List;

/**
 * One batch of Tweet IDs, fetched once per window. {@code windows} is empty for the endpoints
 * that take no window ({@code /totals}, {@code /28hr}).
 */
public record IdBatch(int number, List<String> tweetIds, List<TimeWindow> windows) {
    public IdBatch {
        tweetIds = List.copyOf(tweetIds);
        windows = List.copyOf(windows);
    }
}
