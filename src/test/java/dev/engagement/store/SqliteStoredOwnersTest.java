package dev.engagement.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/** The owner cache in a real SQLite file. */
class SqliteStoredOwnersTest extends StoredOwnersContract {
    @TempDir
    Path dir;
    private int stores;

    @Override
    String newStore() {
        return dir.resolve("store-" + ++stores + ".db").toString();
    }

    @Override
    void refuseOwnerOf(Connection c, long tweetId) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON tweet_owners WHEN NEW.tweet_id = " + tweetId
                    + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }
    }
}
