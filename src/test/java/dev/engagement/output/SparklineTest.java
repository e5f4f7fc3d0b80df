package dev.engagement.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.app.RunContext;
import dev.engagement.cli.Cli;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sparklines under tables of day and hour groupings: heights, fitting the width, Unicode or ASCII. */
class SparklineTest {
    @Test
    void eightHeightsFromZeroToTheLargestAndAnythingAboveZeroShows() {
        assertEquals("\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588", Sparkline.draw(new long[] {0, 1, 2, 3, 4, 5, 6, 7}, 1, true));
        assertEquals("_.-:=+*#", Sparkline.draw(new long[] {0, 1, 2, 3, 4, 5, 6, 7}, 1, false));
        assertEquals("_.#", Sparkline.draw(new long[] {0, 1, 1000}, 1, false), "1 of 1000 is still above zero");
        assertEquals("___", Sparkline.draw(new long[] {0, 0, 0}, 1, false));
    }

    @Test
    void moreBucketsThanRoomAreSummedInRuns() {
        assertEquals(1, Sparkline.perCharacter(28, 40));
        assertEquals(12, Sparkline.perCharacter(672, 60));
        assertEquals(2, Sparkline.perCharacter(3, 2));
        assertEquals(3, Sparkline.perCharacter(3, 0), "no room at all: one character");
        assertEquals("#_", Sparkline.draw(new long[] {1, 1, 0}, 2, false), "1+1, then 0 alone");
    }

    private static String table(boolean unicode, int width) throws IOException {
        Grouping g = new Grouping("daily", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY));
        CountTree counts = new CountTree();
        for (int d = 1; d <= 28; d++) {
            String day = String.format("2026-11-%02d", d);
            counts.add(new String[] {"10", "favorites", day}, d);
            counts.add(new String[] {"11", "favorites", day}, d % 7 == 0 ? 70 : 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableResultWriter w = new TableResultWriter(out, List.of(g), List.of("favorites"), width, false, unicode);
        w.tweetCounts(g, counts);
        w.finish(new RunResult(null, null, List.of(), Map.of(), new IdLists(), false), null);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    void oneLinePerTweetAndMetricUnderTheTable() throws IOException {
        String t = table(false, 80);
        assertTrue(t.contains("trend  (2026-11-01 to 2026-11-28, one character = one day, highest = #)\n"
                + "tweet_id  metric     total                         trend\n"
                + "--------  ---------  -----  ----------------------------\n"
                + "10        favorites    406  .....----::::====++++****###\n"
                + "11        favorites    280  ______#______#______#______#\n"), t);
        String unicode = table(true, 80);
        assertTrue(unicode.contains("10        favorites    406  \u2582\u2582\u2582"), unicode);
    }

    @Test
    void aNarrowTerminalGetsAShorterLineOfSums() throws IOException {
        String t = table(false, 40);
        assertTrue(t.contains("one character = 3 days"), t);
        assertTrue(t.contains("10        favorites    406  ..-:=++*#:\n"), "the last character sums one day: " + t);
        for (String line : t.substring(t.indexOf("tweet_id  metric")).split("\n")) {
            assertTrue(line.length() <= 40, "wider than 40: " + line);
        }
    }

    @Test
    void unicodeOnlyWhereTheLocaleSaysUtf8() {
        assertEquals(true, context(Map.of("LANG", "en_US.UTF-8")).unicodeOnStdout());
        assertEquals(true, context(Map.of("LC_ALL", "C.utf8", "LANG", "C")).unicodeOnStdout());
        assertEquals(false, context(Map.of("LC_ALL", "C", "LANG", "en_US.UTF-8")).unicodeOnStdout(), "LC_ALL wins");
        assertEquals(false, context(Map.of("LANG", "POSIX")).unicodeOnStdout());
        assertEquals(false, context(Map.of()).unicodeOnStdout());
    }

    private static RunContext context(Map<String, String> env) {
        return new RunContext(new ByteArrayOutputStream(), System.err, System.in, env, null, null, null,
                dev.engagement.app.Terminals.NONE);
    }

    @Test
    void aUtf8TerminalGetsBlocksAndOthersAscii() {
        Cli.Result ascii = new Cli().terminals(false, true, false).env("LANG", "C").run("28hr", "--sandbox", "-q",
                "-m", "favorites", "-g", "hod=engagement.type,engagement.hour", "samples/tweet-ids.txt");
        assertEquals(0, ascii.exitCode(), ascii.toString());
        assertTrue(ascii.out().contains("trend  (00:00 to 23:00, one character = one hour, highest = #)"), ascii.out());
        Cli.Result blocks = new Cli().terminals(false, true, false).env("LANG", "en_GB.UTF-8").env("NO_COLOR", "1")
                .run("28hr", "--sandbox", "-q", "-m", "favorites", "-g", "hod=engagement.type,engagement.hour",
                        "samples/tweet-ids.txt");
        assertTrue(blocks.out().contains("highest = \u2588)") && !blocks.out().contains("\u001b["), blocks.out());
    }
}
