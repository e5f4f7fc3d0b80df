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

/** Spec 6: per-minute budget per consumer key in fixed clock minutes, headers on every response, 429. */
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
            }
            f.clock.set(Instant.parse("2026-06-15T12:34:59Z"));
            RawHttp.Response limited = f.post("totals", b);
            assertEquals(429, limited.status());
            assertEquals("{\"errors\":[\"Exceeded rate limit\"]}", limited.body());
            assertEquals("0", limited.header("x-per-minute-remaining"));
            assertEquals(Long.toString(reset), limited.header("x-per-minute-reset"));
            // Refused requests still carry the headers and do not count.
            RawHttp.Response unauth = f.post(Auth.NONE, "totals", b);
            assertEquals(401, unauth.status());
            assertEquals("3", unauth.header("x-per-minute-limit"));
            RawHttp.Response notFound = f.request("POST", "/nope", Auth.USER, Map.of(), new byte[0]);
            assertEquals("0", notFound.header("x-per-minute-remaining"));
            // The next clock minute has a fresh budget.
            f.clock.set(Instant.parse("2026-06-15T12:35:00Z"));
            RawHttp.Response fresh = f.post("totals", b);
            assertEquals(200, fresh.status());
            assertEquals("2", fresh.header("x-per-minute-remaining"));
            assertEquals(Long.toString(reset + 60), fresh.header("x-per-minute-reset"));
        }
    }

    @Test
    void noHeadersWithoutABudget() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            RawHttp.Response r = f.post("totals", body(List.of(id), List.of("favorites"), grouping("g", "tweet.id")));
            assertEquals(200, r.status());
            assertNull(r.header("x-per-minute-limit"));
        }
    }
}
