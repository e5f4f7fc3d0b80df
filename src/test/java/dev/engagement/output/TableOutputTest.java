package dev.engagement.output;

import dev.engagement.cli.SandboxFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.cli.Cli;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.RunResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The table format: alignment, cutting to the width, and colour only where it belongs. */
class TableOutputTest {
    static SandboxFixture fx;
    static String ids;

    @BeforeAll
    static void start() {
        fx = FixedSandbox.start();
        ids = FixedSandbox.lines(fx.ownedIds(3, Duration.ofDays(2)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static String table(List<String> header, int keyColumns, int width, List<List<String>> rows) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        new TextTable(header, keyColumns, width).print(out, rows, true);
        out.flush();
        return s.toString();
    }

    @Test
    void columnsThatDoNotFitAreCutWithANoteThatFitsToo() {
        List<String> header = List.of("tweet_id", "impressions", "favorites", "retweets");
        List<List<String>> rows = List.of(List.of("1", "1,234", "5", "6"), List.of("Total", "1,234", "5", "6"));
        String wide = table(header, 1, 200, rows);
        assertEquals("tweet_id  impressions  favorites  retweets\n"
                + "--------  -----------  ---------  --------\n"
                + "1               1,234          5         6\n"
                + "--------  -----------  ---------  --------\n"
                + "Total           1,234          5         6\n", wide.replace("\r\n", "\n"));
        String narrow = table(header, 1, 32, rows).replace("\r\n", "\n");
        assertTrue(narrow.startsWith("tweet_id  impressions  favorites\n"), narrow);
        assertTrue(narrow.contains("(1 column cut to fit 32\ncharacters: retweets;"), narrow);
        narrow.lines().forEach(l -> assertTrue(l.length() <= 32, "'" + l + "'"));
    }

    @Test
    void theKeyAndOneNumberColumnAreShownHoweverNarrow() {
        String t = table(List.of("tweet_id", "impressions", "favorites"), 1, 5,
                List.of(List.of("2123454989333430273", "12", "3"), List.of("Total", "12", "3")));
        assertTrue(t.startsWith("tweet_id             impressions"), t);
        assertTrue(t.contains("favorites"), t);
    }

    @Test
    void metricColumnsFollowTheRequestAndAbsentCountsStayEmpty() throws IOException {
        Grouping g = new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
        CountTree counts = new CountTree();
        counts.add(new String[] {"10", "favorites"}, 1_234_567);
        counts.add(new String[] {"10", "impressions"}, 5);
        counts.add(new String[] {"11", "impressions"}, 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableResultWriter writer = new TableResultWriter(out, List.of(g), List.of("impressions", "favorites"), 100, false);
        writer.tweetCounts(g, counts);
        writer.finish(new RunResult(null, null, List.of(), Map.of(), new IdLists(), false), null);
        assertEquals("g  (tweet.id,engagement.type)\n"
                + "tweet_id  impressions  favorites\n"
                + "--------  -----------  ---------\n"
                + "10                  5  1,234,567\n"
                + "11                  7\n"
                + "--------  -----------  ---------\n"
                + "Total              12  1,234,567\n", out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    static Cli.Result run(Cli cli) {
        Cli.Result r = cli.stdin(ids).run("totals", "-m", "favorites,retweets", "--top", "1");
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        Cli.Result terminal = run(fx.cli().terminals(false, true, false));
        assertTrue(terminal.out().contains("\u001b[1mby_tweet\u001b[0m"), terminal.out());
        assertTrue(terminal.out().contains("Total"), "a terminal gets a table by default: " + terminal.out());
        Cli.Result noColor = run(fx.cli().terminals(false, true, false).env("NO_COLOR", "1"));
        assertFalse(noColor.out().contains("\u001b"), noColor.out());
        assertEquals(terminal.out().replace("\u001b[1m", "").replace("\u001b[0m", ""), noColor.out());
        Cli.Result piped = run(fx.cli().terminals(false, false, false));
        assertTrue(piped.out().startsWith("{"), "JSON when not on a terminal: " + piped.out());
        Cli.Result pipedTable = fx.cli().stdin(ids).run("totals", "-f", "table", "-m", "favorites");
        assertFalse(pipedTable.out().contains("\u001b"), pipedTable.out());
        assertFalse(noColor.err().contains("\u001b") || pipedTable.err().contains("\u001b"));
    }
}
