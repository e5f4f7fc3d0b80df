package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A token revoked in the middle of a run ({@code --script 401+@4}: every request from the fourth on is
 * answered 401): the run stops with exit 3, keeps the three batches it fetched in a partial result
 * and in a journal the same command resumes from.
 */
class RevokedTokenEndToEndTest {

    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().script("401+@4")
            .timestampTolerance(Duration.ZERO));

    @Test
    void aTokenRevokedMidRunStopsWithExit3AndKeepsWhatWasFetched() throws IOException {
        List<Long> ids = fx.ownedIds(2_000, Duration.ofDays(2));
        Cli cli = fx.cli();
        Cli.Result r = cli.stdin(SandboxFixture.lines(ids)).run("totals", "-f", "json", "-m", "impressions,favorites");
        assertEquals(3, r.exitCode(), r.toString());
        assertTrue(r.err().contains("401"), r.err());
        JsonObject out = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(750, out.getAsJsonObject("by_tweet").size(), "the three batches fetched before the 401");
        assertTrue(out.get("partial").getAsBoolean());
        assertEquals(1_250, out.getAsJsonArray("failed_tweet_ids").size(), "the rest is listed, not lost");
        assertTrue(out.getAsJsonObject("by_tweet").has(Long.toString(ids.get(749))));
        assertEquals(4, fx.sandbox.requestsHandled(), "three batches, then the refused fourth; no retry of a 401");
        Path journal;
        try (var files = Files.list(cli.journals())) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            journal = all.get(0);
        }
        Cli.Result again = cli.stdin(SandboxFixture.lines(ids)).run("totals", "-f", "json", "-m", "impressions,favorites");
        assertEquals(3, again.exitCode(), again.toString());
        assertTrue(again.err().contains("Resuming from the journal " + journal + ": 3 of 8 batches"), again.err());
        assertEquals(5, fx.sandbox.requestsHandled(), "only the fourth batch was asked for again");
    }
}
