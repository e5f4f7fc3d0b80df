package dev.engagement.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The owner cache on a real PostgreSQL server: ENGAGEMENT_TEST_POSTGRES_URL names it (.ci/run starts
 * a throwaway cluster and sets it). Without it these tests are skipped, and say why.
 */
class PostgresStoredOwnersTest extends StoredOwnersContract {
    static final String URL = System.getenv("ENGAGEMENT_TEST_POSTGRES_URL");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void needsAServer() {
        if (URL == null || URL.isBlank()) {
            System.err.println("PostgresStoredOwnersTest skipped: ENGAGEMENT_TEST_POSTGRES_URL is not set (.ci/run sets it).");
        }
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "ENGAGEMENT_TEST_POSTGRES_URL is not set: no PostgreSQL server to test the owner cache against "
                        + "(.ci/run starts one)");
    }

    /** A database of its own per test, on the server ENGAGEMENT_TEST_POSTGRES_URL names. */
    @Override
    String newStore() throws Exception {
        String name = "engagement_owners_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
        int slash = URL.lastIndexOf('/');
        int query = URL.indexOf('?', slash);
        return URL.substring(0, slash + 1) + name + (query < 0 ? "" : URL.substring(query));
    }

    @Override
    void refuseOwnerOf(Connection c, long tweetId) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION refuse_owner() RETURNS trigger AS $$ BEGIN IF NEW.tweet_id = " + tweetId
                    + " THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON tweet_owners FOR EACH ROW EXECUTE FUNCTION refuse_owner()");
        }
    }
}
