package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.Metric;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What every snapshot store must do, driven through the real command line with an in-process
 * sandbox whose counts grow with the injected clock. Subclasses name a real database.
 */
abstract class StoreContract {
    static final SandboxFixture fx = new SandboxFixture();
    static final List<Long> IDS = fx.ownedIds(30, Duration.ofDays(2));
    static final Instant T1 = fx.now;
    static final Instant T2 = fx.now.plus(Duration.ofHours(6));

    /** A store of its own for each test: a file path or a JDBC URL. */
    abstract String newStore() throws Exception;

    Cli cliAt(Instant t) {
        return new Cli().clock(Clock.fixed(t, ZoneOffset.UTC)).stdin(SandboxFixture.lines(IDS));
    }

    Cli.Result fetch(String store, Instant t, Path journal) {
        Cli.Result r = cliAt(t).run("totals", "--sandbox", "-f", "csv", "--store", store, "--journal",
                journal.toString());
        assertEquals(0, r.exitCode(), r.toString());
        return r;
    }

    static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }

    @Test
    void twoRunsGiveTwoSnapshotsAndTheExactGrowth() throws Exception {
        String store = newStore();
        Path dir = TestFolders.create("store-");
        assertTrue(fetch(store, T1, dir.resolve("1.journal")).err().contains("Stored snapshot"));
        fetch(store, T2, dir.resolve("2.journal"));

        Cli.Result growth = cliAt(T2).run("growth", "--store", store, "--since", "1d", "--top", "3", "-f", "csv");
        assertEquals(0, growth.exitCode(), growth.toString());
        List<CSVRecord> rows = csv(growth.out());
        Map<String, List<CSVRecord>> byMetric = new TreeMap<>();
        rows.forEach(r -> byMetric.computeIfAbsent(r.get("metric"), k -> new ArrayList<>()).add(r));
        assertFalse(byMetric.isEmpty(), growth.toString());
        for (Map.Entry<String, List<CSVRecord>> e : byMetric.entrySet()) {
            Metric m = Metric.fromWireName(e.getKey());
            List<long[]> expected = new ArrayList<>();
            for (long id : IDS) {
                long first = fx.data().lifetimeTotal(id, m, T1);
                long last = fx.data().lifetimeTotal(id, m, T2);
                expected.add(new long[] {id, first, last});
            }
            expected.sort(Comparator.<long[]>comparingLong(x -> x[1] - x[2]).thenComparingLong(x -> x[0]));
            assertEquals(3, e.getValue().size());
            for (int i = 0; i < 3; i++) {
                CSVRecord r = e.getValue().get(i);
                long[] x = expected.get(i);
                assertEquals(Long.toString(x[0]), r.get("tweet_id"), m + " rank " + (i + 1));
                assertEquals(x[1], Long.parseLong(r.get("first")));
                assertEquals(x[2], Long.parseLong(r.get("last")));
                assertEquals(x[2] - x[1], Long.parseLong(r.get("change")));
                assertEquals(T1.toString(), r.get("first_at"));
                assertEquals(T2.toString(), r.get("last_at"));
            }
        }
        assertTrue(byMetric.values().stream().flatMap(List::stream).anyMatch(r -> Long.parseLong(r.get("change")) > 0),
                "the sandbox's counts grow in six hours: " + growth);
    }

    @Test
    void storingARunAgainAddsNothingAndIdsReadBackExactly() throws Exception {
        String store = newStore();
        Path journal = TestFolders.create("store-").resolve("run.journal");
        fetch(store, T1, journal);
        String before = cliAt(T1).run("store", "list", "--store", store, "-f", "csv").out();

        Cli.Result again = cliAt(T1).run("store", "add", "--store", store, journal.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.err().contains("holds this run already"), again.toString());
        assertEquals(before, cliAt(T1).run("store", "list", "--store", store, "-f", "csv").out());
        List<CSVRecord> snapshots = csv(before);
        assertEquals(1, snapshots.size(), before);
        assertEquals("complete", snapshots.get(0).get("status"));

        Cli.Result show = cliAt(T1).run("store", "show", "--store", store, snapshots.get(0).get("id"), "-f", "csv");
        assertEquals(0, show.exitCode(), show.toString());
        TreeSet<String> read = new TreeSet<>();
        csv(show.out()).forEach(r -> read.add(r.get("tweet_id")));
        TreeSet<String> given = new TreeSet<>();
        IDS.forEach(id -> given.add(Long.toString(id)));
        assertEquals(given, read);
    }

    /** The report of a store sums each snapshot over its Tweets in the database (ReportFromStoreTest checks the page whole). */
    @Test
    void aReportOfTheStoreSumsEachSnapshot() throws Exception {
        String store = newStore();
        Path dir = TestFolders.create("store-");
        fetch(store, T1, dir.resolve("1.journal"));
        fetch(store, T2, dir.resolve("2.journal"));
        Cli.Result r = cliAt(T2).run("report", "--store", store, "--since", "1d", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("<dt>Snapshots</dt><dd>2 complete</dd>"), r.out());
        List<List<String>> rows = ReportCommandTest.table(r.out(), "impressions across snapshots, all Tweets");
        List<List<String>> expected = new ArrayList<>();
        for (Instant t : List.of(T1, T2)) {
            long sum = 0;
            for (long id : IDS) {
                sum += fx.data().lifetimeTotal(id, Metric.IMPRESSIONS, t);
            }
            expected.add(List.of(t.toString(), ReportCommandTest.number(sum)));
        }
        assertEquals(expected, rows);
    }

    @Test
    void growthNeedsTwoSnapshotsAndSaysSo() throws Exception {
        String store = newStore();
        fetch(store, T1, TestFolders.create("store-").resolve("run.journal"));
        Cli.Result growth = cliAt(T1).run("growth", "--store", store);
        assertEquals(2, growth.exitCode(), growth.toString());
        assertTrue(growth.err().contains("one complete snapshot") && growth.err().contains("needs two"),
                growth.toString());
        assertEquals("", growth.out());
    }

    @Test
    void pruneKeepsTheNewest() throws Exception {
        String store = newStore();
        Path dir = TestFolders.create("store-");
        fetch(store, T1, dir.resolve("1.journal"));
        fetch(store, T2, dir.resolve("2.journal"));
        Cli.Result prune = cliAt(T2).run("store", "prune", "--store", store, "--keep", "1");
        assertEquals(0, prune.exitCode(), prune.toString());
        assertTrue(prune.err().contains("Removed 1 snapshot"), prune.toString());
        List<CSVRecord> left = csv(cliAt(T2).run("store", "list", "--store", store, "-f", "csv").out());
        assertEquals(1, left.size());
        assertEquals(T2.toString(), left.get(0).get("fetched_at"));
    }
}
