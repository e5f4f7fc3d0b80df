package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One JSON line per request, flushed, never a secret. */
class RequestLogTest {
    @TempDir
    Path dir;

    @Test
    void oneLinePerRequestWithoutSecrets() throws Exception {
        Path log = dir.resolve("logs/sandbox.jsonl");
        try (SandboxFixture f = SandboxFixture.start(b -> b.logRequests(log).script("reset@4"))) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String b = body(List.of(id), List.of("favorites"), grouping("g", "tweet.id"));
            f.post(Auth.USER, "totals", b);
            f.post(Auth.BEARER, "28hr", b);
            f.post(Auth.NONE, "totals", b);
            try {
                f.post(Auth.APP_OAUTH, "totals", b);
            } catch (java.io.UncheckedIOException expected) {
                // reset
            }
            f.post(Auth.APP_OAUTH, "totals", b);
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertEquals(5, lines.size());
            JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
            assertEquals("totals", first.get("endpoint").getAsString());
            assertEquals(Long.toString(id), first.getAsJsonArray("tweet_ids").get(0).getAsString());
            assertEquals("user", first.get("auth").getAsString());
            assertEquals(f.creds.consumerKey(), first.get("consumer_key").getAsString());
            assertEquals(200, first.get("status").getAsInt());
            assertEquals(1, first.get("request").getAsLong());
            assertTrue(first.get("duration_ms").getAsDouble() >= 0);
            assertTrue(first.get("fault").isJsonNull());
            assertEquals("2026-06-15T12:34:56Z", first.get("time").getAsString());
            assertEquals("app-bearer", JsonParser.parseString(lines.get(1)).getAsJsonObject().get("auth").getAsString());
            JsonObject none = JsonParser.parseString(lines.get(2)).getAsJsonObject();
            assertEquals("none", none.get("auth").getAsString());
            assertEquals(401, none.get("status").getAsInt());
            // The reset request's line may land after the next request's: its connection is torn down first.
            List<JsonObject> last = lines.subList(3, 5).stream().map(l -> JsonParser.parseString(l).getAsJsonObject())
                    .sorted(java.util.Comparator.comparingLong(o -> o.get("request").getAsLong())).toList();
            JsonObject reset = last.get(0);
            assertEquals("reset", reset.get("fault").getAsString());
            assertTrue(reset.get("status").isJsonNull());
            assertEquals("app-oauth", last.get(1).get("auth").getAsString());
            String all = String.join("\n", lines);
            for (String secret : List.of(f.creds.consumerSecret(), f.creds.accessToken(), f.creds.accessTokenSecret(),
                    f.creds.bearerToken(), "oauth_signature", "Authorization", "OAuth ")) {
                assertFalse(all.contains(secret), secret);
            }
        }
    }
}
