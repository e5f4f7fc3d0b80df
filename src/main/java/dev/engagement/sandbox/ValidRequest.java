package dev.engagement.sandbox;

import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import java.util.List;

/**
 * An API request that passed every body rule: what to count, for which Tweets, over which window.
 *
 * @param tweetIds the requested IDs, de-duplicated, in request order
 * @param window the hour-aligned window; null on {@code /totals}, which answers lifetime totals
 * @param echoedEnd the {@code end} to echo instead of the window's end (a historical request with
 *     neither start nor end echoes now); null otherwise
 */
record ValidRequest(Endpoint endpoint, List<String> tweetIds, List<Metric> metrics, List<Grouping> groupings,
        TimeWindow window, String echoedEnd) {
}
