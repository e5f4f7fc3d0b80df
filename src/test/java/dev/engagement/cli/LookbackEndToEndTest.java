package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The exact 365-day lookback (spec 9 #32) through the command line: the API compares the start,
 * rounded down to its hour, with exactly 365 days ago, so {@code --start 365d} is refused before any
 * request unless {@code --clamp} moves it to a whole hour the API still accepts.
 */
class LookbackEndToEndTest {
    /** Off the hour: 365 days ago is 2025-06-15T12:34:56Z, the earliest start a client may send 13:00. */
    static final Instant NOW = Instant.parse("2026-06-15T12:34:56Z");

    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture(SandboxConfig.builder(), NOW);

    static final List<Long> IDS = fx.ownedIds(3, Duration.ofDays(400));

    Cli.Result historical(String... range) {
        String[] args = {"historical", "-f", "json", "-m", "impressions"};
        String[] all = new String[args.length + range.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(range, 0, all, args.length, range.length);
        return fx.cli().stdin(SandboxFixture.lines(IDS)).run(all);
    }

    @Test
    void exactly365DaysAgoIsRefusedBeforeAnyRequest() {
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = historical("--start", "365d", "--end", "2025-07-01");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("more than 365 days ago") && r.err().contains("2025-06-15T13:00:00Z")
                && r.err().contains("--clamp"), r.err());
        assertEquals(before, fx.sandbox.requestsHandled());
    }

    @Test
    void clampMovesItToAWholeHourTheApiAccepts() {
        Cli.Result r = historical("--start", "365d", "--end", "2025-07-01", "--clamp");
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("2025-06-15T14:00:00Z", doc.get("start").getAsString(), "an hour of margin for the run");
    }

    @Test
    void theOldestAcceptedHourIsFetchedWithAWarning() {
        Cli.Result r = historical("--start", "2025-06-15T13:00:00Z", "--end", "2025-07-01");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("2025-06-15T13:00:00Z", JsonParser.parseString(r.out()).getAsJsonObject().get("start").getAsString());
        assertTrue(r.err().contains("oldest hour the API still accepts"), r.err());
    }
}
