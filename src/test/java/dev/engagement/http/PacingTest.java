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

    static final WireRequest REQUEST = WireRequest.post(java.net.URI.create("http://127.0.0.1:1/x/totals"),
            "application/json", new byte[0]);

    /** The rest of an exchange, answering from a list and taking {@code each} of the fake clock per request. */
    static Interceptor.Chain answering(MutableClock t, Duration each, List<HttpResult> answers, List<Instant> sentAt) {
        return new Interceptor.Chain() {
            @Override
            public Exchange.Label label() {
                return new Exchange.Label("totals", 1);
            }

            @Override
            public WireRequest request() {
                return REQUEST;
            }

            @Override
            public HttpResult proceed(WireRequest request) {
                sentAt.add(t.instant());
                t.advance(each);
                return answers.isEmpty() ? OK : answers.remove(0);
            }
        };
    }

    static final HttpResult OK = new HttpResult(200, Map.of(), new byte[0]);

    static Pacing pacing(Pacer pacer, MutableClock t, List<Instant> announced) {
        return new Pacing(pacer, Duration.ofMinutes(10), t, t.sleeper(), new ExchangeEvents() {
            @Override
            public void onWait(String reason, Instant until, Duration skew) {
                announced.add(until);
            }
        }, new Traffic());
    }

    @Test
    void requestsAreSpacedEvenlyWithNoBurstBeyondTheBudget() throws Exception {
        MutableClock t = fakeTime();
        List<Instant> sent = new ArrayList<>();
        Pacing pacing = pacing(new Pacer(600, t), t, new ArrayList<>());
        Instant first = t.instant();
        for (int i = 0; i < 30; i++) {
            pacing.intercept(answering(t, Duration.ofMillis(20), new ArrayList<>(), sent));
        }
        assertEquals(first, sent.get(0), "the first request goes at once");
        for (int i = 1; i < sent.size(); i++) {
            assertEquals(Duration.ofMillis(100), Duration.between(sent.get(i - 1), sent.get(i)), "request " + i);
        }
    }

    @Test
    void aSlowRequestDoesNotEarnABurst() throws Exception {
        MutableClock t = fakeTime();
        Pacing pacing = pacing(new Pacer(60, t), t, new ArrayList<>());
        List<Instant> sent = new ArrayList<>();
        pacing.intercept(answering(t, Duration.ofSeconds(10), new ArrayList<>(), sent));
        pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(), sent));
        pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(), sent));
        assertEquals(List.of(Duration.ofSeconds(1)), t.sleeps);
    }

    @Test
    void anExhaustedServerBudgetWaitsForItsResetAndSaysSo() throws Exception {
        MutableClock t = fakeTime();
        List<Instant> announced = new ArrayList<>();
        Pacing pacing = pacing(new Pacer(0, t), t, announced);
        Instant reset = t.instant().plusSeconds(42);
        HttpResult exhausted = new HttpResult(200, Map.of("x-per-minute-limit", "600", "x-per-minute-remaining", "0",
                "x-per-minute-reset", Long.toString(reset.getEpochSecond())), new byte[0]);
        List<Instant> sent = new ArrayList<>();
        pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(List.of(exhausted)), sent));
        pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(), sent));
        assertEquals(reset, sent.get(1));
        assertEquals(List.of(Duration.ofSeconds(42)), t.sleeps);
        assertEquals(List.of(reset), announced, "a wait of 42 s is announced with its end");
    }

    @Test
    void anExhaustedPerSecondBudgetWaitsForTheSecondsReset() throws Exception {
        MutableClock t = fakeTime();
        Pacing pacing = pacing(new Pacer(0, t), t, new ArrayList<>());
        long minuteReset = t.instant().plusSeconds(50).getEpochSecond();
        Instant secondReset = Instant.ofEpochSecond(t.instant().getEpochSecond() + 1);
        HttpResult exhausted = new HttpResult(200, Map.of("x-per-minute-limit", "600", "x-per-minute-remaining", "500",
                "x-per-minute-reset", Long.toString(minuteReset), "x-per-second-limit", "2", "x-per-second-remaining", "0",
                "x-per-second-reset", Long.toString(secondReset.getEpochSecond())), new byte[0]);
        List<Instant> sent = new ArrayList<>();
        pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(List.of(exhausted)), sent));
        pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(), sent));
        assertEquals(secondReset, sent.get(1), "the next request waits for the second, not the minute");
        assertEquals(List.of(Duration.between(sent.get(0), secondReset)), t.sleeps);
    }

    @Test
    void a429WithThePerSecondBudgetGoneWaitsForThePerSecondReset() throws Exception {
        MutableClock t = fakeTime();
        Pacer pacer = new Pacer(0, t);
        Instant secondReset = Instant.ofEpochSecond(t.instant().getEpochSecond() + 1);
        HttpResult refused = new HttpResult(429, Map.of("x-per-minute-limit", "600", "x-per-minute-remaining", "500",
                "x-per-minute-reset", Long.toString(t.instant().plusSeconds(50).getEpochSecond()),
                "x-per-second-remaining", "0", "x-per-second-reset", Long.toString(secondReset.getEpochSecond())),
                new byte[0]);
        List<Instant> sent = new ArrayList<>();
        Interceptor.Chain wire = answering(t, Duration.ZERO, new ArrayList<>(List.of(refused)), sent);
        Pacing pacing = pacing(pacer, t, new ArrayList<>());
        RateLimitWait wait = new RateLimitWait(pacer, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60),
                new SplittableRandom(1)), Duration.ofMinutes(10), t, new Traffic());
        HttpResult r = wait.intercept(new Interceptor.Chain() {
            @Override
            public Exchange.Label label() {
                return wire.label();
            }

            @Override
            public WireRequest request() {
                return REQUEST;
            }

            @Override
            public HttpResult proceed(WireRequest request) throws java.io.IOException, InterruptedException {
                return pacing.intercept(wire);
            }
        });
        assertEquals(200, r.status());
        assertEquals(secondReset, sent.get(1), "spec 9 #40: the second's reset, not the minute's");
    }

    @Test
    void a429IsSentAgainAfterTheResetWithoutARetry() throws Exception {
        MutableClock t = fakeTime();
        Pacer pacer = new Pacer(0, t);
        Traffic traffic = new Traffic();
        Instant reset = t.instant().plusSeconds(5);
        HttpResult refused = new HttpResult(429, Map.of("x-per-minute-reset", Long.toString(reset.getEpochSecond())),
                new byte[0]);
        List<Instant> sent = new ArrayList<>();
        Interceptor.Chain wire = answering(t, Duration.ZERO, new ArrayList<>(List.of(refused)), sent);
        Pacing pacing = pacing(pacer, t, new ArrayList<>());
        RateLimitWait wait = new RateLimitWait(pacer, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60),
                new SplittableRandom(1)), Duration.ofMinutes(10), t, traffic);
        HttpResult r = wait.intercept(new Interceptor.Chain() {
            @Override
            public Exchange.Label label() {
                return wire.label();
            }

            @Override
            public WireRequest request() {
                return REQUEST;
            }

            @Override
            public HttpResult proceed(WireRequest request) throws java.io.IOException, InterruptedException {
                return pacing.intercept(wire);
            }
        });
        assertEquals(200, r.status());
        assertEquals(List.of(t.instant().minusSeconds(5), reset), sent);
        assertEquals(1, traffic.rateLimited());
        assertEquals(0, traffic.retries());
    }

    @Test
    void aWaitLongerThanTheBoundIsNotSatThrough() {
        MutableClock t = fakeTime();
        Pacer pacer = new Pacer(0, t);
        pacer.blockUntil(t.instant().plus(Duration.ofDays(115)), "rate limit reached (HTTP 429)", Duration.ZERO);
        Pacing pacing = pacing(pacer, t, new ArrayList<>());
        org.junit.jupiter.api.Assertions.assertThrows(WaitTooLongException.class,
                () -> pacing.intercept(answering(t, Duration.ZERO, new ArrayList<>(), new ArrayList<>())));
        assertEquals(List.of(), t.sleeps);
    }

    @Test
    void resetHeadersAreReadInOrderOfPreference() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertEquals(now.plusSeconds(30), RateLimitHeaders.of(new HttpResult(429, Map.of("retry-after", "30"),
                new byte[0]), now).resetAfterRefusal());
        assertEquals(Instant.ofEpochSecond(1705420800), RateLimitHeaders.of(new HttpResult(429,
                Map.of("x-rate-limit-reset", "1705420801", "retry-after", "30",
                        "x-per-minute-reset", "1705420800"), new byte[0]), now).resetAfterRefusal());
        assertEquals(Instant.ofEpochSecond(1705420777), RateLimitHeaders.of(new HttpResult(429,
                Map.of("x-per-second-remaining", "0", "x-per-second-reset", "1705420777",
                        "x-per-minute-remaining", "12", "x-per-minute-reset", "1705420800"), new byte[0]), now)
                .resetAfterRefusal(), "a used-up per-second budget waits for the second's reset (spec 9 #40)");
        assertEquals(null, RateLimitHeaders.of(new HttpResult(429, Map.of(), new byte[0]), now).resetAfterRefusal());
        assertEquals(Instant.ofEpochSecond(1705420800), RateLimitHeaders.of(new HttpResult(200,
                Map.of("x-per-second-remaining", "0", "x-per-second-reset", "1705420777",
                        "x-per-minute-remaining", "0", "x-per-minute-reset", "1705420800"), new byte[0]), now)
                .exhaustedUntil(), "both budgets at zero: the later reset");
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
