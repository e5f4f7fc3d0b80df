package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.sandbox.SandboxCredentials;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** --debug shows every request and response on stderr and never a credential. */
class DebugLogTest {
    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();

    /** --debug turns HttpClient's log on for the process; keep it off for the tests that follow. */
    @AfterEach
    void quietHttpClient() {
        for (String name : List.of("org.apache.hc.client5.http", "org.apache.hc.client5.http.headers",
                "org.apache.hc.client5.http.wire")) {
            System.clearProperty(LoggingGroup.LOG_LEVEL_KEY + name);
        }
    }

    static void assertNoCredentials(Cli.Result r) {
        SandboxCredentials c = fx.sandbox.credentials();
        for (String secret : List.of(c.consumerSecret(), c.accessTokenSecret(), c.bearerToken())) {
            assertFalse(r.err().contains(secret) || r.out().contains(secret), "a secret leaked:\n" + r);
        }
        for (String oauth : List.of("oauth_signature", "oauth_nonce", "oauth_token")) {
            assertFalse(r.err().contains(oauth), oauth + " leaked:\n" + r);
        }
    }

    @Test
    void userContextDebugLogRedactsTheSignedHeader() {
        String ids = SandboxFixture.lines(fx.ownedIds(30, Duration.ofDays(10)));
        Cli.Result r = fx.cli().stdin(ids).run("28hr", "--debug", "-f", "json", "-m", "impressions");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains(">> POST /insights/engagement/28hr"), r.err());
        assertTrue(r.err().contains(">> Authorization: OAuth [redacted]"), r.err());
        assertTrue(r.err().contains(">> {\"tweet_ids\":["), r.err());
        assertTrue(r.err().contains("<< 200"), r.err());
        assertTrue(r.err().contains("POST /28hr"), "--debug includes --verbose:\n" + r.err());
        assertFalse(r.err().contains("SLF4J"), r.err());
        assertNoCredentials(r);
    }

    @Test
    void bearerDebugLogRedactsTheToken() {
        SandboxCredentials c = fx.sandbox.credentials();
        String ids = SandboxFixture.lines(fx.unownedIds(5, Duration.ofDays(10)));
        Cli.Result r = fx.cli().env("ENGAGEMENT_BEARER_TOKEN", c.bearerToken()).stdin(ids)
                .run("totals", "--debug", "--auth", "bearer", "-m", "favorites", "-f", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains(">> Authorization: Bearer [redacted]"), r.err());
        assertNoCredentials(r);
    }

    @Test
    void withoutDebugNothingIsLogged() {
        String ids = SandboxFixture.lines(fx.ownedIds(3, Duration.ofDays(10)));
        Cli.Result r = fx.cli().stdin(ids).run("totals", "-v", "-f", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        assertFalse(r.err().contains(">> ") || r.err().contains("SLF4J"), r.err());
    }

    @Test
    void redactionKeepsOnlyTheScheme() {
        assertEquals("OAuth [redacted]", dev.engagement.http.DebugLogAccess.redact("Authorization",
                "OAuth oauth_consumer_key=\"k\", oauth_signature=\"s%3D\""));
        assertEquals("[redacted]", dev.engagement.http.DebugLogAccess.redact("authorization", "secret"));
        assertEquals("application/json", dev.engagement.http.DebugLogAccess.redact("Content-Type", "application/json"));
    }
}
