package dev.engagement.sandbox;

import dev.engagement.api.ApiMessages;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Instant;
import java.util.List;

/**
 * The numbers behind a response: for each available Tweet and requested metric, its lifetime total
 * ({@code /totals}) or its hourly counts over the window, read from {@link SandboxData}. Where an
 * age rule of {@link TimeRules} withholds a metric (spec 3.2) the values are zero and the response
 * lists the Tweet.
 */
final class MetricValues {
    private final SandboxData data;

    MetricValues(SandboxData data) {
        this.data = data;
    }

    /**
     * {@code values[t][m]} for Tweet {@code available.get(t)} and metric {@code req.metrics().get(m)}:
     * one element per hour of the window, or the one lifetime total. Adds the Tweets an age rule
     * applied to (and the 90-day message) to {@code res}.
     */
    long[][][] compute(ValidRequest req, List<String> available, Instant now, EngagementResponse res) {
        List<Metric> ms = req.metrics();
        TimeWindow window = req.window();
        int hours = window == null ? 1 : (int) window.duration().toHours();
        long[][][] values = new long[available.size()][ms.size()][];
        boolean videoRequested = ms.contains(Metric.VIDEO_VIEWS);
        boolean impressionsRequested = ms.contains(Metric.IMPRESSIONS) || ms.contains(Metric.ENGAGEMENTS);
        for (int t = 0; t < available.size(); t++) {
            long id = Long.parseLong(available.get(t));
            Instant createdAt = data.createdAt(id);
            boolean videoTooOld = TimeRules.videoViewsUnsupported(createdAt, now);
            boolean impressionsTooOld = TimeRules.impressionsUnsupported(req.endpoint(), createdAt, now);
            if (videoRequested && videoTooOld) {
                res.unsupportedForVideoViewsTweetIds.add(available.get(t));
            }
            if (impressionsRequested && impressionsTooOld) {
                res.unsupportedForImpressionsEngagementsTweetIds.add(available.get(t));
            }
            for (int k = 0; k < ms.size(); k++) {
                Metric m = ms.get(k);
                boolean withheld = (m == Metric.VIDEO_VIEWS && videoTooOld)
                        || ((m == Metric.IMPRESSIONS || m == Metric.ENGAGEMENTS) && impressionsTooOld);
                if (withheld) {
                    values[t][k] = new long[hours];
                } else if (window == null) {
                    values[t][k] = new long[] {data.lifetimeTotal(id, m, now)};
                } else {
                    values[t][k] = data.hourly(id, m, window, now);
                }
            }
        }
        if (!res.unsupportedForImpressionsEngagementsTweetIds.isEmpty()) {
            res.errors.add(ApiMessages.impressionsTooOld((int) TimeRules.IMPRESSIONS_MAX_AGE.toDays()));
        }
        return values;
    }
}
