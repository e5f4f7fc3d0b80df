package dev.engagement.output;

import dev.engagement.cli.SandboxFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engagement.cli.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format, byte for byte, for a fixed sandbox seed and clock; see {@link Golden} to review or update. */
class GoldenOutputTest {
    static SandboxFixture fx;
    static String totalsIds;
    static String hours28Ids;

    static final String[] TOTALS = {"totals", "-m", "impressions,favorites,retweets,replies", "--top", "3"};
    static final String[] HOURS28 = {"28hr", "-m", "impressions,favorites", "--top", "2",
            "-g", "daily=tweet.id,engagement.type,engagement.day", "-g", "overall=engagement.type"};

    @BeforeAll
    static void start() {
        fx = FixedSandbox.start();
        List<Long> ids = new ArrayList<>(fx.ownedIds(5, Duration.ofDays(3)));
        ids.addAll(fx.deletedIds(1, Duration.ofDays(3)));
        ids.addAll(fx.unownedIds(1, Duration.ofDays(3)));
        totalsIds = FixedSandbox.lines(ids);
        hours28Ids = FixedSandbox.lines(fx.ownedIds(3, Duration.ofHours(20)));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static String run(Cli cli, String ids, String[] command, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(more));
        Cli.Result r = cli.stdin(ids).run(args.toArray(new String[0]));
        assertEquals(0, r.exitCode(), r.toString());
        return r.out();
    }

    @Test
    void prettyJson() {
        Golden.assertMatches("totals.json", run(fx.cli(), totalsIds, TOTALS, "-f", "json", "--pretty"));
    }

    @Test
    void compactJsonIsOneLine() {
        Golden.assertMatches("28hr.compact.json", run(fx.cli(), hours28Ids, HOURS28, "-f", "json"));
    }

    @Test
    void jsonLines() {
        Golden.assertMatches("28hr.jsonl", run(fx.cli(), hours28Ids, HOURS28, "-f", "jsonl"));
        Golden.assertMatches("totals.jsonl", run(fx.cli(), totalsIds, TOTALS, "-f", "jsonl"));
    }

    @Test
    void tidyCsv() {
        Golden.assertMatches("28hr.tidy.csv", run(fx.cli(), hours28Ids, HOURS28, "-f", "csv"));
    }

    @Test
    void wideCsv() {
        Golden.assertMatches("28hr.wide.csv", run(fx.cli(), hours28Ids, HOURS28, "--wide"));
    }

    @Test
    void topOutputFileAndCsvWithoutTopRows(@TempDir Path dir) throws Exception {
        Path top = dir.resolve("top.csv");
        String csv = run(fx.cli(), hours28Ids, HOURS28, "--wide", "--top-output", top.toString());
        Golden.assertMatches("28hr.top-output.csv", Files.readString(top, StandardCharsets.UTF_8));
        Golden.assertMatches("28hr.wide-without-top.csv", csv);
    }

    @Test
    void table() {
        Golden.assertMatches("totals.table.txt", run(fx.cli(), totalsIds, TOTALS, "-f", "table"));
    }

    @Test
    void tableOnANarrowTerminalWithoutColour() {
        Cli cli = fx.cli().terminals(false, true, false).width(60).env("NO_COLOR", "1");
        Golden.assertMatches("28hr.table-60-columns.txt", run(cli, hours28Ids, new String[] {"28hr", "--top", "2",
                "-m", "impressions,engagements,favorites,retweets,replies",
                "-g", "daily=tweet.id,engagement.type,engagement.day", "-g", "hour_of_day=engagement.type,engagement.hour"}));
    }
}
