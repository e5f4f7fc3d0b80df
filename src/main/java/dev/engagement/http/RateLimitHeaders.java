package dev.engagement.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** What a response says about the rate budget (spec 6): limit, remaining, reset time and server clock. */
public record RateLimitHeaders(Long limit, Long remaining, Instant reset, Instant serverDate) {

    public static RateLimitHeaders of(HttpResult r, Instant now) {
        Instant reset = epochSeconds(r.header("x-per-minute-reset"));
        if (reset == null) {
            reset = retryAfter(r.header("retry-after"), now);
        }
        if (reset == null) {
            reset = epochSeconds(r.header("x-rate-limit-reset"));
        }
        return new RateLimitHeaders(number(r.header("x-per-minute-limit")), number(r.header("x-per-minute-remaining")),
                reset, httpDate(r.header("date")));
    }

    /** How far this machine's clock is ahead of the server's (negative when behind), if the server sent a Date. */
    public Duration skew(Instant now) {
        return serverDate == null ? Duration.ZERO : Duration.between(serverDate, now);
    }

    private static Long number(String s) {
        try {
            return s == null ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant epochSeconds(String s) {
        Long n = number(s);
        return n == null ? null : Instant.ofEpochSecond(n);
    }

    private static Instant retryAfter(String s, Instant now) {
        if (s == null) {
            return null;
        }
        Long seconds = number(s);
        return seconds != null ? now.plusSeconds(seconds) : httpDate(s);
    }

    private static Instant httpDate(String s) {
        if (s == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(s.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
