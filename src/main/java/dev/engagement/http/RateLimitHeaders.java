package dev.engagement.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a response says about the rate budget (spec 6, 9 #40): the per-minute limit, remaining and
 * reset, the per-second remaining and reset when sent, a Retry-After or the standard API's reset,
 * and the server's clock.
 */
public record RateLimitHeaders(Long limit, Long remaining, Instant minuteReset, Long perSecondRemaining,
        Instant perSecondReset, Instant otherReset, Instant serverDate) {

    public static RateLimitHeaders of(HttpResult r, Instant now) {
        Instant other = retryAfter(r.header("retry-after"), now);
        if (other == null) {
            other = epochSeconds(r.header("x-rate-limit-reset"));
        }
        return new RateLimitHeaders(number(r.header("x-per-minute-limit")), number(r.header("x-per-minute-remaining")),
                epochSeconds(r.header("x-per-minute-reset")), number(r.header("x-per-second-remaining")),
                epochSeconds(r.header("x-per-second-reset")), other, httpDate(r.header("date")));
    }

    /**
     * When the budget is back after a 429: the per-second reset when that budget is the one used up,
     * else the minute's reset, else Retry-After or the standard reset; null when nothing says.
     */
    public Instant resetAfterRefusal() {
        if (perSecondExhausted()) {
            return perSecondReset;
        }
        return minuteReset != null ? minuteReset : otherReset;
    }

    /**
     * When a response that was let through says the next request must wait: a budget at zero with its
     * reset; the later reset when both the second's and the minute's are at zero.
     */
    public Instant exhaustedUntil() {
        Instant minute = remaining != null && remaining <= 0 ? minuteReset : null;
        Instant second = perSecondExhausted() ? perSecondReset : null;
        if (second == null) {
            return minute;
        }
        return minute == null || second.isAfter(minute) ? second : minute;
    }

    /** Whether the per-second budget is the one at zero, and says when it is back. */
    public boolean perSecondExhausted() {
        return perSecondRemaining != null && perSecondRemaining <= 0 && perSecondReset != null;
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

    /** The last HTTP date read: every response of the same second carries the same text, parsed once. */
    private record ParsedDate(String text, Instant instant) {
    }

    private static volatile ParsedDate lastDate;

    private static Instant httpDate(String s) {
        if (s == null) {
            return null;
        }
        ParsedDate last = lastDate;
        if (last != null && last.text().equals(s)) {
            return last.instant();
        }
        try {
            Instant instant = ZonedDateTime.parse(s.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            lastDate = new ParsedDate(s, instant);
            return instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
