package dev.engagement.html;

import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * How a grouping's time keys read: by day ({@code engagement.day}), by hour ({@code engagement.day}
 * and {@code engagement.hour}), or by hour of the day ({@code engagement.hour} alone, summed over the
 * window's days); {@link #NONE} without a time key.
 */
enum TimeKey {
    NONE, DAILY, HOURLY, HOUR_OF_DAY;

    static TimeKey of(Grouping g) {
        boolean day = g.has(GroupKey.ENGAGEMENT_DAY);
        boolean hour = g.has(GroupKey.ENGAGEMENT_HOUR);
        return day && hour ? HOURLY : day ? DAILY : hour ? HOUR_OF_DAY : NONE;
    }

    /** The bucket of a leaf: {@code 2026-12-01}, {@code 2026-12-01 13} or {@code 13}; sorts in time order. */
    String bucket(String day, String hour) {
        return switch (this) {
            case DAILY -> day;
            case HOURLY -> day + " " + hour;
            case HOUR_OF_DAY -> hour;
            case NONE -> "";
        };
    }

    /** The bucket as a table shows it: {@code 2026-12-01}, {@code 2026-12-01 13:00}, {@code 13:00}. */
    String label(String bucket) {
        return this == HOURLY || this == HOUR_OF_DAY ? bucket + ":00" : bucket;
    }

    Instant instant(String bucket) {
        Instant midnight = LocalDate.parse(bucket.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
        return this == HOURLY ? midnight.plusSeconds(3600L * Integer.parseInt(bucket.substring(11))) : midnight;
    }

    Duration step() {
        return this == DAILY ? Duration.ofDays(1) : Duration.ofHours(1);
    }

    /** "per day", "per hour", "by hour of the day". */
    String describe() {
        return switch (this) {
            case DAILY -> "per day";
            case HOURLY -> "per hour";
            case HOUR_OF_DAY -> "by hour of the day (UTC), summed over the days";
            case NONE -> "";
        };
    }
}
