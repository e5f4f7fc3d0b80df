package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
            assertEquals(1, r.getInt(1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
                ResultSet r = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM counts WHERE tweet_id_int IS NULL OR CAST(tweet_id_int AS TEXT) <> tweet_id")) {
            r.next();
            assertEquals(0, r.getInt(1), "the integer column holds the same ID as the text");
        }
    }

    @Test
    void aFolderIsRefusedBeforeAnyRequest() {
        Path dir = TestFolders.create("sqlite-store-");
        Cli.Result r = cliAt(T1).run("totals", "--sandbox", "--store", dir.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("is a folder"), r.toString());
    }
}
