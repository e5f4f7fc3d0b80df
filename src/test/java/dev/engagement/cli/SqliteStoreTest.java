package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot store in a real SQLite file. */
class SqliteStoreTest extends StoreContract {
    @Override
    String newStore() {
        return TestFolders.create("sqlite-store-").resolve("engagement.db").toString();
    }

    @Test
    void theFileIsAPlainSqliteDatabaseWithItsSchemaVersion() throws Exception {
        String store = newStore();
        fetch(store, T1, TestFolders.create("store-").resolve("run.journal"));
        assertTrue(Files.size(Path.of(store)) > 0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
                ResultSet r = c.createStatement().executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            assertEquals(2, r.getInt(1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM counts WHERE tweet_id_int IS NULL OR CAST(tweet_id_int AS TEXT) <> tweet_id")) {
            r.next();
            assertEquals(0, r.getInt(1), "the integer column holds the same ID as the text");
        }
    }

    /**
     * A second JVM stores a large run and is killed with SIGKILL while its write transaction is open
     * (SQLite's rollback journal beside the file): the store then holds exactly what it held before.
     */
    @Test
    void killDashNineDuringTheWriteLeavesTheStoreAsItWas() throws Exception {
        Path dir = TestFolders.create("store-kill-");
        String store = dir.resolve("engagement.db").toString();
        fetch(store, T1, dir.resolve("small.journal"));
        List<Long> many = fx.ownedIds(2000, java.time.Duration.ofDays(1));
        Path big = dir.resolve("big.journal");
        Cli.Result r = new Cli().clock(java.time.Clock.fixed(T2, java.time.ZoneOffset.UTC))
                .stdin(SandboxFixture.lines(many)).run("28hr", "--sandbox", "-f", "csv", "-o",
                        dir.resolve("big.csv").toString(), "-g", "h=tweet.id,engagement.type,engagement.day,engagement.hour",
                        "--journal", big.toString());
        assertEquals(0, r.exitCode(), r.toString());
        String before = cliAt(T2).run("store", "list", "--store", store, "-f", "csv").out();

        Path rollback = Path.of(store + "-journal");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "store", "add", "--store", store,
                big.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean midWrite = false;
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (child.isAlive() && System.nanoTime() < deadline) {
            if (Files.exists(rollback)) {
                midWrite = true;
                break;
            }
            Thread.onSpinWait();
        }
        child.destroyForcibly(); // SIGKILL on Linux
        child.waitFor();
        assertTrue(midWrite, "the child was killed during its write: " + Files.readString(dir.resolve("child.log")));

        assertEquals(before, cliAt(T2).run("store", "list", "--store", store, "-f", "csv").out());
        Cli.Result again = cliAt(T2).run("store", "add", "--store", store, big.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(2, csv(cliAt(T2).run("store", "list", "--store", store, "-f", "csv").out()).size());
    }

    /** ENGAGEMENT_STORE names the store of a fetch; a profile's store serves the store commands (and fetches). */
    @Test
    void theStoreComesFromTheEnvironmentOrTheProfile() throws Exception {
        Path dir = TestFolders.create("store-env-");
        String store = dir.resolve("engagement.db").toString();
        Cli.Result r = cliAt(T1).env("ENGAGEMENT_STORE", store).run("totals", "--sandbox", "-f", "csv");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Stored snapshot 1"), r.toString());

        Cli.Result saved = new Cli().env("XDG_CONFIG_HOME", dir.toString()).run("configure", "--store", store);
        assertEquals(0, saved.exitCode(), saved.toString());
        Cli.Result list = new Cli().env("XDG_CONFIG_HOME", dir.toString()).run("store", "list", "-f", "csv");
        assertEquals(0, list.exitCode(), list.toString());
        assertEquals(1, csv(list.out()).size(), list.toString());

        Cli.Result none = new Cli().env("XDG_CONFIG_HOME", TestFolders.create("no-config-").toString())
                .run("store", "list");
        assertEquals(2, none.exitCode(), none.toString());
        assertTrue(none.err().contains("No store is named"), none.toString());
    }

    /** A run stopped early is stored partial; resumed to the end, it replaces that snapshot: one run, one snapshot. */
    @Test
    void aResumedRunIsOneSnapshot() throws Exception {
        Path dir = TestFolders.create("store-resume-");
        String store = dir.resolve("engagement.db").toString();
        List<Long> ids = fx.ownedIds(150, java.time.Duration.ofDays(1));
        String[] args = {"28hr", "--sandbox", "-f", "csv", "-m", "impressions,favorites", "--requests-per-minute", "600",
            "--store", store, "--journal", dir.resolve("run.journal").toString()};
        Cli cli = new Cli().clock(java.time.Clock.fixed(T1, java.time.ZoneOffset.UTC)).stdin(SandboxFixture.lines(ids));
        int[] waits = {0};
        cli.sleeper(d -> {
            if (++waits[0] == 2) {
                cli.stop.request();
            }
        });
        Cli.Result stopped = cli.run(args);
        assertEquals(130, stopped.exitCode(), stopped.toString());
        List<org.apache.commons.csv.CSVRecord> partial = csv(cliAt(T1).run("store", "list", "--store", store, "-f",
                "csv").out());
        assertEquals(1, partial.size());
        assertEquals("partial", partial.get(0).get("status"));

        cli.sleeper(d -> { });
        Cli.Result resumed = cli.run(args);
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.err().contains("Resuming") && resumed.err().contains("Replaced the partial snapshot"),
                resumed.toString());
        List<org.apache.commons.csv.CSVRecord> after = csv(cliAt(T1).run("store", "list", "--store", store, "-f",
                "csv").out());
        assertEquals(1, after.size());
        assertEquals("complete", after.get(0).get("status"));
        assertTrue(Long.parseLong(after.get(0).get("counts")) > Long.parseLong(partial.get(0).get("counts")));
    }

    @Test
    void aFolderIsRefusedBeforeAnyRequest() {
        Path dir = TestFolders.create("sqlite-store-");
        Cli.Result r = cliAt(T1).run("totals", "--sandbox", "--store", dir.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("is a folder"), r.toString());
    }

    @Test
    void readingAStoreThatDoesNotExistIsRefusedAndCreatesNothing() {
        Path missing = TestFolders.create("sqlite-missing-").resolve("typo.db");
        for (String[] args : new String[][] {{"growth", "--store", missing.toString()},
                {"store", "list", "--store", missing.toString()},
                {"report", "--store", missing.toString(), "-o", missing.resolveSibling("r.html").toString()}}) {
            Cli.Result r = cliAt(T1).run(args);
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().contains("does not exist"), r.toString());
            assertFalse(java.nio.file.Files.exists(missing), r.toString());
        }
    }
}
