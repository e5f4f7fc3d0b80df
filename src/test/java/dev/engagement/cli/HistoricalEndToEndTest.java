package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.api.Metric;
import dev.engagement.api.Snowflake;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import dev.engagement.sandbox.SandboxData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Long ranges in windows, per-Tweet windows, and empty input, against the sandbox. */
class HistoricalEndToEndTest {
    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();

    @Test
    void aSeventyDayRangeIsFetchedInThreeWindowsAndAddedUp() {
        List<Long> ids = fx.ownedIds(30, Duration.ofDays(80));
        Instant start = TimeRules.floorHour(fx.now.minus(Duration.ofDays(70)));
        Instant end = TimeRules.floorHour(fx.now);
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(ids)).run("historical", "-f", "json", "-m",
                "impressions,url_clicks", "-g", "daily=tweet.id,engagement.type,engagement.day",
                "-g", "by_hour=engagement.type,engagement.hour",
                "--start", TimeRules.formatWire(start), "--end", TimeRules.formatWire(end));
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(2 * 3, fx.sandbox.requestsHandled() - before, "2 batches x 3 windows");
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(TimeRules.formatWire(start), doc.get("start").getAsString());
        assertEquals(TimeRules.formatWire(end), doc.get("end").getAsString());
        JsonArray windows = doc.getAsJsonArray("windows");
        assertEquals(3, windows.size());
        assertEquals(doc.get("start").getAsString(), windows.get(0).getAsJsonObject().get("start").getAsString());
        assertEquals(windows.get(0).getAsJsonObject().get("end"), windows.get(1).getAsJsonObject().get("start"));
        assertEquals(doc.get("end").getAsString(), windows.get(2).getAsJsonObject().get("end").getAsString());

        TimeWindow range = new TimeWindow(start, end);
        long[] byHour = new long[24];
        for (long id : ids) {
            JsonObject daily = doc.getAsJsonObject("daily").getAsJsonObject(Long.toString(id))
                    .getAsJsonObject("impressions");
            long sum = 0;
            for (var day : daily.entrySet()) {
                sum += day.getValue().getAsLong();
            }
            assertEquals(fx.data().sum(id, Metric.IMPRESSIONS, range, fx.now), sum, "Tweet " + id);
            long[] hourly = fx.data().hourly(id, Metric.URL_CLICKS, range, fx.now);
            for (int i = 0; i < hourly.length; i++) {
                byHour[(int) ((start.getEpochSecond() / 3600 + i) % 24)] += hourly[i];
            }
        }
        JsonObject hourOfDay = doc.getAsJsonObject("by_hour").getAsJsonObject("url_clicks");
        for (int h = 0; h < 24; h++) {
            assertEquals(byHour[h], hourOfDay.get(String.format("%02d", h)).getAsLong(), "hour " + h);
        }
    }

    @Test
    void sincePostGivesEachTweetItsOwnWindowAndReportsTweetsTooOld() {
        List<Long> ids = new ArrayList<>();
        ids.addAll(fx.ownedIds(3, Duration.ofDays(3)));
        ids.addAll(fx.ownedIds(3, Duration.ofDays(40)));
        long tooOld = SandboxData.idAt(fx.now.minus(Duration.ofDays(400)), 5);
        ids.add(tooOld);
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(ids)).run("historical", "-f", "json", "-m", "favorites",
                "--since-post", "7d");
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        for (long id : ids.subList(0, 6)) {
            Instant created = TimeRules.floorHour(Snowflake.createdAt(id));
            Instant end = created.plus(Duration.ofDays(7));
            if (end.isAfter(TimeRules.ceilHour(fx.now))) {
                end = TimeRules.ceilHour(fx.now);
            }
            long expected = fx.data().sum(id, Metric.FAVORITES, new TimeWindow(created, end), fx.now);
            assertEquals(expected, doc.getAsJsonObject("by_tweet").getAsJsonObject(Long.toString(id))
                    .get("favorites").getAsLong(), "Tweet " + id);
        }
        assertEquals(Long.toString(tooOld), doc.getAsJsonArray("out_of_range_tweet_ids").get(0).getAsString());
        assertTrue(r.err().contains("too long ago"), r.err());
    }

    @Test
    void anInputWithoutIdsWritesAValidEmptyResult() {
        Cli.Result r = fx.cli().stdin("# nothing today\n\n").run("totals", "-f", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(0, doc.getAsJsonObject("by_tweet").size());
        assertEquals(0, doc.getAsJsonArray("failed_tweet_ids").size());
        assertTrue(r.err().contains("No Tweet IDs in the input"), r.err());
    }

    @Test
    void aRangeCrossingTheLookbackIsRefusedOrClamped() {
        String ids = SandboxFixture.lines(fx.ownedIds(2, Duration.ofDays(2)));
        Cli.Result refused = fx.cli().stdin(ids).run("historical", "--start", "400d", "-m", "favorites");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("365 days"), refused.err());
        Cli.Result clamped = fx.cli().stdin(ids).run("historical", "--start", "400d", "--clamp", "-m", "favorites",
                "-f", "json");
        assertEquals(0, clamped.exitCode(), clamped.toString());
        assertTrue(clamped.err().contains("365 days"), clamped.err());
    }
}
