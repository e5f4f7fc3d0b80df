package dev.engagement.cli;

import picocli.CommandLine.Option;

/** Where runs are recorded as snapshots. */
public final class StoreGroup {
    @Option(names = "--store", paramLabel = "TARGET",
            description = "Record the run as a snapshot in TARGET: a SQLite file (created if missing) or a JDBC URL "
                    + "jdbc:postgresql://HOST/DB (env ENGAGEMENT_STORE, or the profile's store).")
    String target;
}
