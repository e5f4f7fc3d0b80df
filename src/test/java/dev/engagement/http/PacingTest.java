package dev.engagement.http;

import dev.engagement.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pacing and backoff with a clock that moves only when the code under test sleeps. */
class PacingTest {
    static MutableClock fakeTime() {
        return new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void requestsAreSpacedEvenlyWithNoBurstBeyondTheBudget() throws Exception {
        MutableClock t = fakeTime();
        RateLimiter limiter = new RateLimiter(600, t, t.sleeper());
        Instant first = t.instant();
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            limiter.acquire();
            sent.add(t.instant());
            t.advance(Duration.ofMillis(20)); // the request itself
        }
        assertEquals(first, sent.get(0), "the first request goes at once");
        for (int i = 1; i < sent.size(); i++) {
            assertEquals(Duration.ofMillis(100), Duration.between(sent.get(i - 1), sent.get(i)), "request " + i);
        }
    }

    @Test
    void aSlowRequestDoesNotEarnABurst() throws Exception {
        MutableClock t = fakeTime();
        RateLimiter limiter = new RateLimiter(60, t, t.sleeper());
        limiter.acquire();
        t.advance(Duration.ofSeconds(10));
        limiter.acquire();
        limiter.acquire();
        assertEquals(List.of(Duration.ofSeconds(1)), t.sleeps);
    }

    @Test
    void anExhaustedServerBudgetWaitsForItsReset() throws Exception {
        MutableClock t = fakeTime();
        RateLimiter limiter = new RateLimiter(0, t, t.sleeper());
        Instant reset = t.instant().plusSeconds(42);
        HttpResult r = new HttpResult(200, Map.of("x-per-minute-limit", "600", "x-per-minute-remaining", "0",
                "x-per-minute-reset", Long.toString(reset.getEpochSecond())), new byte[0]);
        limiter.observe(RateLimitHeaders.of(r, t.instant()));
        assertTrue(limiter.waitingForServerReset());
        limiter.acquire();
        assertEquals(reset, t.instant());
        limiter.acquire();
        assertEquals(List.of(Duration.ofSeconds(42)), t.sleeps);
    }

    @Test
    void resetHeadersAreReadInOrderOfPreference() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertEquals(now.plusSeconds(30), RateLimitHeaders.of(new HttpResult(429, Map.of("retry-after", "30"),
                new byte[0]), now).reset());
        assertEquals(Instant.ofEpochSecond(1705420800), RateLimitHeaders.of(new HttpResult(429,
                Map.of("x-rate-limit-reset", "1705420800", "retry-after", "30",
                        "x-per-minute-reset", "1705420800"), new byte[0]), now).reset());
        assertEquals(null, RateLimitHeaders.of(new HttpResult(429, Map.of(), new byte[0]), now).reset());
        assertEquals(Duration.ofSeconds(60), RateLimitHeaders.of(new HttpResult(200,
                Map.of("date", "Mon, 23 Nov 2026 09:59:00 GMT"), new byte[0]), now).skew(now));
    }

    @Test
    void backoffIsExponentialWithFullJitterAndACap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(7));
        for (int attempt = 1; attempt <= 10; attempt++) {
            long ceiling = Math.min(60_000, 1000L << (attempt - 1));
            long max = 0;
            for (int i = 0; i < 200; i++) {
                long d = b.delay(attempt).toMillis();
                assertTrue(d >= 0 && d <= ceiling, attempt + ": " + d);
                max = Math.max(max, d);
            }
            assertTrue(max > ceiling / 2, "jitter spreads over the whole range");
        }
        Duration w = b.jittered(Duration.ofSeconds(60));
        assertTrue(w.compareTo(Duration.ofSeconds(60)) >= 0 && w.compareTo(Duration.ofSeconds(66)) <= 0);
    }
}
