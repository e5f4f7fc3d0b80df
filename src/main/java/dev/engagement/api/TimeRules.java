package dev.engagement.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The API's time rules (spec 1.1, 2.2, 3.2, 4.6): windows, hour rounding, date bounds and age rules. */
public final class TimeRules {
    public static final Instant EARLIEST_HISTORICAL_START = Instant.parse("2014-09-01T00:00:00Z");
    /** Favorites, replies and retweets read as zero in historical data before this instant. */
    public static final Instant SOCIAL_METRICS_START = Instant.parse("2015-09-15T00:00:00Z");
    public static final Duration MAX_LOOKBACK = Duration.ofDays(365);
    public static final Duration MAX_WINDOW = Duration.ofDays(28);
    public static final Duration HOURS_28 = Duration.ofHours(28);
    /** {@code /totals} serves impressions and engagements only for Tweets this young. */
    public static final Duration IMPRESSIONS_MAX_AGE = Duration.ofDays(90);
    /** Video views are not delivered for Tweets older than this, on any endpoint. */
    public static final Duration VIDEO_VIEWS_MAX_AGE = Duration.ofDays(1800);

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern WIRE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern WIRE_INSTANT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?)Z");
    /** Strict resolution: no hour 24, no second 60, no February 30 (they would otherwise be normalised). */
    private static final DateTimeFormatter WIRE_DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME
            .withResolverStyle(ResolverStyle.STRICT);

    private TimeRules() {
    }

    public static Instant floorHour(Instant t) {
        return t.truncatedTo(ChronoUnit.HOURS);
    }

    public static Instant ceilHour(Instant t) {
        Instant floor = floorHour(t);
        return floor.equals(t) ? t : floor.plus(1, ChronoUnit.HOURS);
    }

    /** The {@code /28hr} window: from the hour 28 hours before now to the hour after now. */
    public static TimeWindow window28hr(Instant now) {
        return new TimeWindow(floorHour(now.minus(HOURS_28)), ceilHour(now));
    }

    /** {@code YYYY-MM-DDTHH:MM:SSZ}, the form the API echoes. */
    public static String formatWire(Instant t) {
        return WIRE.format(t);
    }

    /**
     * The two documented body forms (spec 2.2, 9 #36), {@code YYYY-MM-DD} and
     * {@code YYYY-MM-DDTHH:MM:SSZ} (fraction allowed), read strictly: a date or time that does not
     * exist ({@code T24:00:00Z}, {@code T23:59:60Z}, {@code 2026-02-30}) is no time; null otherwise.
     */
    public static Instant parseWire(String s) {
        if (s == null) {
            return null;
        }
        try {
            if (WIRE_DATE.matcher(s).matches()) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Matcher instant = WIRE_INSTANT.matcher(s);
            if (instant.matches()) {
                return LocalDateTime.parse(instant.group(1), WIRE_DATE_TIME).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /**
     * The hour-aligned historical window for the given bounds, either of which may be null (spec
     * 2.2): both omitted means the 28 days before now; start only ends at min(start + 28 d, now);
     * end only starts 28 days before end. Start rounds down, end rounds up.
     */
    public static TimeWindow resolveHistorical(Instant start, Instant end, Instant now) {
        if (start == null && end == null) {
            return new TimeWindow(ceilHour(now.minus(MAX_WINDOW)), ceilHour(now));
        }
        if (end == null) {
            Instant s = floorHour(start);
            Instant e = s.plus(MAX_WINDOW);
            return new TimeWindow(s, e.isBefore(ceilHour(now)) ? e : ceilHour(now));
        }
        if (start == null) {
            Instant e = ceilHour(end);
            return new TimeWindow(e.minus(MAX_WINDOW), e);
        }
        return new TimeWindow(floorHour(start), ceilHour(end));
    }

    /**
     * Whether the 90-day rule (spec 3.2) withholds impressions and engagements of a Tweet created at
     * {@code createdAt}: only on {@code /totals}, and only for Tweets older than {@link #IMPRESSIONS_MAX_AGE}.
     */
    public static boolean impressionsUnsupported(Endpoint endpoint, Instant createdAt, Instant now) {
        return endpoint == Endpoint.TOTALS && olderThan(createdAt, now, IMPRESSIONS_MAX_AGE);
    }

    /**
     * Whether the 1800-day rule (spec 3.2, 9 #26) withholds video views of a Tweet created at
     * {@code createdAt}: on every endpoint, for Tweets older than {@link #VIDEO_VIEWS_MAX_AGE}.
     */
    public static boolean videoViewsUnsupported(Instant createdAt, Instant now) {
        return olderThan(createdAt, now, VIDEO_VIEWS_MAX_AGE);
    }

    private static boolean olderThan(Instant createdAt, Instant now, Duration maxAge) {
        return Duration.between(createdAt, now).compareTo(maxAge) > 0;
    }

    /**
     * The oldest instant a historical start, rounded down to its hour, may be now (spec 9 #32, #23):
     * exactly 365 days before now, not rounded, and never before 2014-09-01. The server compares
     * {@code floorHour(start)} with it.
     */
    public static Instant lookbackLimit(Instant now) {
        Instant lookback = now.minus(MAX_LOOKBACK);
        return lookback.isAfter(EARLIEST_HISTORICAL_START) ? lookback : EARLIEST_HISTORICAL_START;
    }

    /**
     * The earliest hour-aligned start a client may send now: the {@link #lookbackLimit} rounded up to
     * the hour (spec 9 #32).
     */
    public static Instant earliestStart(Instant now) {
        return ceilHour(lookbackLimit(now));
    }

    /**
     * The latest end a historical request may have now, after the end is rounded up: the current
     * hour's end, {@code ceilHour(now)} (spec 9 #31). An end up to an hour ahead is accepted only
     * when it rounds up to that same hour.
     */
    public static Instant latestEnd(Instant now) {
        return ceilHour(now);
    }

    /** Bounds of a historical range, whatever its length: order, earliest start, lookback, future. */
    public static Optional<ApiError> checkBounds(TimeWindow w, Instant now) {
        if (!w.start().isBefore(w.end())) {
            return error("start (" + formatWire(w.start()) + ") must be before end (" + formatWire(w.end()) + ")");
        }
        if (w.start().isBefore(EARLIEST_HISTORICAL_START)) {
            return error("start (" + formatWire(w.start()) + ") is before the earliest allowed start "
                    + formatWire(EARLIEST_HISTORICAL_START));
        }
        if (w.start().isBefore(lookbackLimit(now))) {
            return error("start (" + formatWire(w.start()) + ") is more than " + MAX_LOOKBACK.toDays()
                    + " days ago; the earliest allowed start is "
                    + formatWire(earliestStart(now)));
        }
        if (w.end().isAfter(latestEnd(now))) {
            return error("end (" + formatWire(w.end()) + ") is in the future; the latest allowed end is "
                    + formatWire(latestEnd(now)));
        }
        return Optional.empty();
    }

    /** One historical request: bounds, and at most 28 days (672 hours) after rounding. */
    public static Optional<ApiError> checkHistoricalWindow(TimeWindow w, Instant now) {
        Optional<ApiError> bounds = checkBounds(w, now);
        if (bounds.isPresent()) {
            return bounds;
        }
        if (w.duration().compareTo(MAX_WINDOW) > 0) {
            return error("The window from " + formatWire(w.start()) + " to " + formatWire(w.end()) + " is "
                    + w.duration().toHours() + " hours; at most " + MAX_WINDOW.toHours() + " hours (" + MAX_WINDOW.toDays()
                    + " days) are allowed per request");
        }
        return Optional.empty();
    }

    private static Optional<ApiError> error(String message) {
        return Optional.of(new ApiError(400, message));
    }
}
