package dev.engagement.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The snapshot store on a real PostgreSQL server: ENGAGEMENT_TEST_POSTGRES_URL names it (.ci/run
 * starts a throwaway cluster and sets it). Without it these tests are skipped, and say why.
 */
class PostgresStoreTest extends StoreContract {
    static final String URL = System.getenv("ENGAGEMENT_TEST_POSTGRES_URL");
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void needsAServer() {
        if (URL == null || URL.isBlank()) {
            System.err.println("PostgresStoreTest skipped: ENGAGEMENT_TEST_POSTGRES_URL is not set (.ci/run sets it).");
        }
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "ENGAGEMENT_TEST_POSTGRES_URL is not set: no PostgreSQL server to test the store against "
                        + "(.ci/run starts one)");
    }

    /** A database of its own per test, on the server ENGAGEMENT_TEST_POSTGRES_URL names (its database: postgres). */
    @Override
    String newStore() throws Exception {
        String name = "engagement_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(URL)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            c.createStatement().execute("CREATE DATABASE " + name);
        }
        int slash = URL.lastIndexOf('/');
        int query = URL.indexOf('?', slash);
        return URL.substring(0, slash + 1) + name + (query < 0 ? "" : URL.substring(query));
    }
}
