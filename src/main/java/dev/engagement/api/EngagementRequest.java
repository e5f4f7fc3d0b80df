package dev.engagement.api;

import java.util.List;

/** One request to an endpoint. {@code window} is sent only to {@code /historical} and may be null there. */
public record EngagementRequest(Endpoint endpoint, List<String> tweetIds, List<Metric> metrics,
        List<Grouping> groupings, TimeWindow window) {
    public EngagementRequest {
        tweetIds = List.copyOf(tweetIds);
        metrics = List.copyOf(metrics);
        groupings = List.copyOf(groupings);
    }

    public EngagementRequest withTweetIds(List<String> ids) {
        return new EngagementRequest(endpoint, ids, metrics, groupings, window);
    }
}
