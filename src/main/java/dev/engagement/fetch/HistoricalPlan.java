package dev.engagement.fetch;

import dev.engagement.EngagementException;
import dev.engagement.Reporter;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import dev.engagement.plan.HistoricalRange;
import dev.engagement.plan.TimeInput;
import dev.engagement.plan.WindowTiler;
import java.time.Instant;
import java.util.List;

/** The historical range a run asks for, and the windows of at most 28 days it is fetched in. */
final class HistoricalPlan {
    private HistoricalPlan() {
    }

    static TimeWindow range(FetchSpec spec, Instant now, Reporter reporter) {
        if (spec.sincePost() != null) {
            if (spec.start() != null || spec.end() != null) {
                throw EngagementException.usage("--since-post sets each Tweet's own window; leave out --start and --end.");
            }
            return null;
        }
        Instant start = spec.start() == null ? null : TimeInput.parse(spec.start(), now);
        Instant end = spec.end() == null ? null : TimeInput.parse(spec.end(), now);
        return HistoricalRange.resolve(start, end, now, spec.clamp(), reporter::warn);
    }

    static List<TimeWindow> windows(TimeWindow range) {
        return range == null ? List.of() : WindowTiler.tile(range, TimeRules.MAX_WINDOW);
    }
}
