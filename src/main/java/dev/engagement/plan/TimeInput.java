package dev.engagement.plan;

import dev.engagement.EngagementException;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the times and durations a user types on the command line ({@code --start}, {@code --end},
 * {@code --since-post}). Everything is UTC. This class only reads text; the API's rules about which
 * times are allowed live in {@link dev.engagement.api.TimeRules} and are applied by
 * {@link HistoricalRange}.
 */
public final class TimeInput {
    private static final String TIME_FORMS = "use an ISO-8601 instant (2026-10-01T13:45:00Z), a date (2026-10-01),"
            + " YYYYMMDDHHmm (202610011345), \"YYYY-MM-DD HH:mm\" (2026-10-01 13:45)"
            + " or a time before now (90d, 36h, 45m, 2w); all times are UTC";

    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,9})([wdhm])");
    private static final Pattern POWERTRACK = Pattern.compile("\\d{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Date, 'T' or one space, HH:mm, optional :ss and fraction, optional Z or +hh:mm offset. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:\\d{2})?");
    private static final DateTimeFormatter POWERTRACK_FORMAT = DateTimeFormatter.ofPattern("uuuuMMddHHmm")
            .withResolverStyle(ResolverStyle.STRICT);

    private TimeInput() {
    }

    /**
     * Reads a point in time. Accepted: ISO-8601 instants ({@code 2026-10-01T13:45:00Z},
     * {@code 2026-10-01T13:45Z}, fractional seconds, numeric offsets such as {@code +00:00}; without
     * an offset the time is UTC), dates ({@code 2026-10-01} = midnight UTC), {@code YYYYMMDDHHmm},
     * {@code YYYY-MM-DD HH:mm[:ss]}, and relative times {@code 90d}, {@code 36h}, {@code 45m},
     * {@code 2w} meaning that long before {@code now}.
     *
     * @throws EngagementException a usage error naming the value and the accepted forms
     */
    public static Instant parse(String text, Instant now) {
        if (text == null || text.isBlank()) {
            throw badTime(text);
        }
        String s = text.strip();
        try {
            Matcher amount = AMOUNT.matcher(s);
            if (amount.matches()) {
                return now.minus(amount(amount));
            }
            if (POWERTRACK.matcher(s).matches()) {
                return LocalDateTime.parse(s, POWERTRACK_FORMAT).toInstant(ZoneOffset.UTC);
            }
            if (DATE.matcher(s).matches()) {
                return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Matcher dt = DATE_TIME.matcher(s);
            if (dt.matches()) {
                String offset = dt.group(3) == null ? "Z" : dt.group(3);
                return OffsetDateTime.parse(dt.group(1) + "T" + dt.group(2) + offset,
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
        } catch (DateTimeException | ArithmeticException e) {
            // Right shape but no such time (2026-02-30, 25:00) or too far back: same message.
        }
        throw badTime(text);
    }


    private static Duration amount(Matcher m) {
        return Durations.parse(m.group(1) + m.group(2));
    }

    private static EngagementException badTime(String text) {
        return EngagementException.usage("Cannot read the time " + quote(text) + "; " + TIME_FORMS + ".");
    }

    private static String quote(String text) {
        return text == null ? "(none)" : "'" + text + "'";
    }
}
