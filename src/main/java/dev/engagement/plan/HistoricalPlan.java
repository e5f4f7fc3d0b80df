package dev.engagement.plan;

import dev.engagement.EngagementException;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** The historical range a run asks for, and the windows of at most 28 days it is fetched in. */
public final class HistoricalPlan {
    private HistoricalPlan() {
    }

    /** The whole range to fetch, or null with {@code --since-post} (each Tweet gets its own). */
    public static TimeWindow range(RangeRequest request, Instant now, Consumer<String> notes) {
        if (request.sincePost() != null) {
            if (request.start() != null || request.end() != null) {
                throw EngagementException.usage("--since-post sets each Tweet's own window; leave out --start and --end.");
            }
            return null;
        }
        Instant start = request.start() == null ? null : TimeInput.parse(request.start(), now);
        Instant end = request.end() == null ? null : TimeInput.parse(request.end(), now);
        return HistoricalRange.resolve(start, end, now, request.clamp(), notes);
    }

    /** The range cut into request windows; none without a range. */
    public static List<TimeWindow> windows(TimeWindow range) {
        return range == null ? List.of() : WindowTiler.tile(range, TimeRules.MAX_WINDOW);
    }
}
