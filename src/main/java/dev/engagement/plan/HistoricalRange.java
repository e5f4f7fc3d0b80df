package dev.engagement.plan;

import dev.engagement.EngagementException;
import dev.engagement.api.ApiError;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.engagement.api.TimeRules.formatWire;

/**
 * Turns the user's {@code --start}/{@code --end} into the whole historical range to fetch. The range
 * may be longer than 28 days; {@link WindowTiler} cuts it into request windows afterwards.
 *
 * <p>Steps: a start alone runs until now (the range is windowed, so "--start 90d" means the last 90
 * days); an end alone starts 28 days earlier, and no bounds mean the last 28 days; bounds are filled in and rounded to the hour exactly as the API
 * does ({@link TimeRules#resolveHistorical}); an end at most {@link #FUTURE_SLACK} in the future is
 * pulled back to the current hour with a note; then the API bounds ({@link TimeRules#earliestStart},
 * {@link TimeRules#latestEnd}, start before end) are enforced: a usage error naming the bound and the
 * nearest valid range, or, with {@code clamp}, the valid part with a warning.
 */
public final class HistoricalRange {
    /** An end this far past now is taken to mean "now" (clock skew, "end = in a few minutes"). */
    public static final Duration FUTURE_SLACK = Duration.ofMinutes(15);
    /**
     * Kept clear of the 365-day lookback when clamping (and when reporting too-old Tweets in
     * {@link SincePost}): the API moves that bound forward every hour, so a start right on it would
     * be refused by a request sent a few minutes later.
     */
    public static final Duration LOOKBACK_MARGIN = Duration.ofHours(1);

    private HistoricalRange() {
    }

    /**
     * The hour-aligned range to fetch.
     *
     * @param start  the user's start, or null
     * @param end    the user's end, or null
     * @param now    the current time
     * @param clamp  shorten a range that crosses a bound to its valid part instead of failing
     * @param notes  receives one sentence per adjustment made (may be null)
     * @throws EngagementException a usage error when the range crosses a bound (without {@code clamp})
     *                             or nothing valid is left
     */
    public static TimeWindow resolve(Instant start, Instant end, Instant now, boolean clamp, Consumer<String> notes) {
        Consumer<String> note = notes == null ? s -> { } : notes;
        // The API would stop a start-only request 28 days later; we window, so a start alone means "until now".
        TimeWindow w = TimeRules.resolveHistorical(start, start != null && end == null ? now : end, now);
        Instant latestEnd = TimeRules.latestEnd(now);

        // A few minutes in the future: almost certainly "until now".
        if (end != null && w.end().isAfter(latestEnd) && !end.isAfter(now.plus(FUTURE_SLACK))) {
            note.accept("The end " + formatWire(end) + " is a few minutes in the future; using "
                    + formatWire(latestEnd) + " (now, rounded up to the hour) instead.");
            w = new TimeWindow(w.start(), latestEnd);
        }

        Instant apiEarliest = TimeRules.earliestStart(now);
        Instant safeEarliest = TimeRules.earliestStart(now.plus(LOOKBACK_MARGIN));

        if (!w.start().isBefore(w.end())) {
            if (end == null && !w.start().isBefore(latestEnd)) {
                throw EngagementException.usage("The start " + formatWire(w.start()) + " is in the future; the latest"
                        + " allowed end is " + formatWire(latestEnd) + " (now, rounded up to the hour).");
            }
            throw EngagementException.usage("The start " + formatWire(w.start()) + " must be before the end "
                    + formatWire(w.end()) + " (both rounded to the hour).");
        }

        List<String> crossed = new ArrayList<>();
        Instant s = w.start();
        Instant e = w.end();
        if (w.start().isBefore(apiEarliest)) {
            if (apiEarliest.equals(TimeRules.EARLIEST_HISTORICAL_START)) {
                crossed.add("starts before " + formatWire(apiEarliest) + ", the earliest date the API serves");
            } else {
                crossed.add("starts more than " + TimeRules.MAX_LOOKBACK.toDays() + " days ago (the earliest allowed start is " + formatWire(apiEarliest) + ")");
            }
            s = safeEarliest;
        } else if (clamp && w.start().isBefore(safeEarliest)) {
            crossed.add("starts in the oldest hour the API still accepts (" + TimeRules.MAX_LOOKBACK.toDays()
                    + " days back), which requests sent from "
                    + formatWire(TimeRules.floorHour(now).plus(LOOKBACK_MARGIN)) + " on would refuse");
            s = safeEarliest;
        } else if (w.start().isBefore(safeEarliest)) {
            note.accept("The start " + formatWire(w.start()) + " is in the oldest hour the API still accepts ("
                    + TimeRules.MAX_LOOKBACK.toDays() + " days back); requests sent from " + formatWire(TimeRules.floorHour(now).plus(LOOKBACK_MARGIN))
                    + " on will be refused (use a later start, or --clamp).");
        }
        if (w.end().isAfter(latestEnd)) {
            crossed.add("ends in the future (the latest allowed end is " + formatWire(latestEnd)
                    + ", now rounded up to the hour)");
            e = latestEnd;
        }

        if (!crossed.isEmpty()) {
            String what = "The range " + describe(w) + " " + String.join(" and ", crossed);
            if (!s.isBefore(e)) {
                throw EngagementException.usage(what + "; no part of it can be fetched; the nearest valid range is "
                        + describe(shifted(w, safeEarliest, latestEnd)) + ".");
            }
            TimeWindow valid = new TimeWindow(s, e);
            if (!clamp) {
                throw EngagementException.usage(what + "; the nearest valid range is " + describe(valid)
                        + " (or use --clamp to shorten the range to it).");
            }
            note.accept(what + "; clamped to " + describe(valid) + ".");
            w = valid;
        }

        Optional<ApiError> check = TimeRules.checkBounds(w, now);
        if (check.isPresent()) {
            // Defensive: the steps above should never produce a range the API refuses.
            throw EngagementException.usage(check.get().firstMessage());
        }
        return w;
    }

    /** A range of the same length as {@code w}, moved inside [earliest, latest] (and cut to fit). */
    private static TimeWindow shifted(TimeWindow w, Instant earliest, Instant latest) {
        Duration length = w.duration();
        if (w.end().isAfter(latest)) {
            Instant s = latest.minus(length);
            return new TimeWindow(s.isBefore(earliest) ? earliest : s, latest);
        }
        Instant e = earliest.plus(length);
        return new TimeWindow(earliest, e.isAfter(latest) ? latest : e);
    }

    private static String describe(TimeWindow w) {
        return formatWire(w.start()) + " to " + formatWire(w.end());
    }
}
