package dev.engagement.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times in the store are UTC text, {@code 2026-12-02T15:04:05Z}: the same in both databases, in
 * time order when sorted as text, and read as a timestamp by SQLite, PostgreSQL and DuckDB alike.
 */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String format(Instant t) {
        return FORMAT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
