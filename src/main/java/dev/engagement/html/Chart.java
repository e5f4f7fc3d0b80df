package dev.engagement.html;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a chart draws: a curve over time, or bars over named categories. Counts are never negative. */
public sealed interface Chart {
    /** Counts at instants (UTC) one {@code step} apart or more; {@code label} names the count (the y axis). */
    record TimeSeries(List<Instant> times, long[] counts, Duration step, String label) implements Chart {
        public TimeSeries {
            times = List.copyOf(times);
            if (times.size() != counts.length) {
                throw new IllegalArgumentException(times.size() + " times for " + counts.length + " counts");
            }
        }
    }

    /** One bar per category, e.g. the hours of the day "00" to "23". */
    record Bars(List<String> categories, long[] counts, String categoryLabel, String label) implements Chart {
        public Bars {
            categories = List.copyOf(categories);
            if (categories.size() != counts.length) {
                throw new IllegalArgumentException(categories.size() + " categories for " + counts.length + " counts");
            }
        }
    }
}
