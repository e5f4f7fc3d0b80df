package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.engagement.sandbox.SandboxFixture.Auth;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spec 6, 9 #37, #38, #40: a budget per known consumer key (unknown keys share one) in fixed clock
 * minutes, checked before anything else; the three x-per-minute-* headers on every response, 429s
 * included; x-per-second-* with a per-second budget.
 */
class ContractRateLimitTest {

    @Test
    void budgetHeadersAnd429() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.requestsPerMinute(3))) {
            f.clock.set(Instant.parse("2026-06-15T12:34:10Z"));
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String b = body(List.of(id), List.of("favorites"), grouping("g", "tweet.id"));
            long reset = Instant.parse("2026-06-15T12:35:00Z").getEpochSecond();
            for (int i = 1; i <= 3; i++) {
                // User and app-only requests share the consumer key's budget.
                RawHttp.Response r = f.post(i == 2 ? Auth.BEARER : Auth.USER, "totals", b);
                assertEquals(200, r.status());
                assertEquals("3", r.header("x-per-minute-limit"));
                assertEquals(Integer.toString(3 - i), r.header("x-per-minute-remaining"));
                assertEquals(Long.toString(reset), r.header("x-per-minute-reset"));
                assertNull(r.header("x-per-second-limit"), "no per-second budget, no per-second headers");
            }
            f.clock.set(Instant.parse("2026-06-15T12:34:59Z"));
            RawHttp.Response limited = f.post("totals", b);
            assertEquals(429, limited.status());
            assertEquals("{\"errors\":[\"Exceeded rate limit\"]}", limited.body());
            assertEquals("3", limited.header("x-per-minute-limit"));
            assertEquals("0", limited.header("x-per-minute-remaining"));
            assertEquals(Long.toString(reset), limited.header("x-per-minute-reset"));
            // 429 comes first: before 404 and before a bad body.
            assertEquals(429, f.request("POST", "/nope", Auth.USER, Map.of(), new byte[0]).status());
            assertEquals(429, f.post("totals", "junk").status());
            // Requests without a known consumer key share the anonymous budget, which is untouched.
            RawHttp.Response unauth = f.post(Auth.NONE, "totals", b);
            assertEquals(401, unauth.status());
            assertEquals("3", unauth.header("x-per-minute-limit"));
            assertEquals("2", unauth.header("x-per-minute-remaining"));
            // The next clock minute has a fresh budget.
            f.clock.set(Instant.parse("2026-06-15T12:35:00Z"));
            RawHttp.Response fresh = f.post("totals", b);
            assertEquals(200, fresh.status());
            assertEquals("2", fresh.header("x-per-minute-remaining"));
            assertEquals(Long.toString(reset + 60), fresh.header("x-per-minute-reset"));
        }
    }

    @Test
    void aLargeDefaultBudgetIsAlwaysReported() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            RawHttp.Response r = f.post("totals", body(List.of(id), List.of("favorites"), grouping("g", "tweet.id")));
            assertEquals(200, r.status());
            assertEquals("10000", r.header("x-per-minute-limit"));
            assertEquals("9999", r.header("x-per-minute-remaining"));
            assertEquals(Long.toString(Instant.parse("2026-06-15T12:35:00Z").getEpochSecond()),
                    r.header("x-per-minute-reset"));
            RawHttp.Response notFound = f.request("POST", "/nope", Auth.USER, Map.of(), new byte[0]);
            assertEquals(404, notFound.status());
            assertEquals("9998", notFound.header("x-per-minute-remaining"));
        }
    }

    @Test
    void aScripted429CarriesAllThreeHeaders() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.script("429@1"))) {
            RawHttp.Response r = f.post("totals", "{}");
            assertEquals(429, r.status());
            assertEquals("10000", r.header("x-per-minute-limit"));
            assertEquals("0", r.header("x-per-minute-remaining"));
            assertEquals(Long.toString(f.now().getEpochSecond() + 2), r.header("x-per-minute-reset"));
        }
    }

    @Test
    void aPerSecondBudgetIsEnforcedAndReported() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.requestsPerSecond(2))) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String b = body(List.of(id), List.of("favorites"), grouping("g", "tweet.id"));
            long second = f.now().getEpochSecond();
            for (int i = 1; i <= 2; i++) {
                RawHttp.Response r = f.post("totals", b);
                assertEquals(200, r.status());
                assertEquals("2", r.header("x-per-second-limit"));
                assertEquals(Integer.toString(2 - i), r.header("x-per-second-remaining"));
                assertEquals(Long.toString(second + 1), r.header("x-per-second-reset"));
            }
            RawHttp.Response limited = f.post("totals", b);
            assertEquals(429, limited.status());
            assertEquals("0", limited.header("x-per-second-remaining"));
            assertEquals("9998", limited.header("x-per-minute-remaining"), "a refused request is not counted");
            f.clock.set(f.now().plusSeconds(1));
            RawHttp.Response next = f.post("totals", b);
            assertEquals(200, next.status());
            assertEquals("1", next.header("x-per-second-remaining"));
        }
    }
}
