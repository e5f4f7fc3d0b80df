package dev.engagement.fetch;

import dev.engagement.api.EngagementRequest;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import java.util.List;

/** What every request of a run asks for: the endpoint, the metrics and the groupings; batches add IDs and a window. */
public record RequestShape(Endpoint endpoint, List<Metric> metrics, List<Grouping> groupings) {
    public RequestShape {
        metrics = List.copyOf(metrics);
        groupings = List.copyOf(groupings);
    }

    public EngagementRequest request(List<String> tweetIds, TimeWindow window) {
        return new EngagementRequest(endpoint, tweetIds, metrics, groupings, window);
    }
}
