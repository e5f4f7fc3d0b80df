package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Text;
import dev.engagement.config.ProfileChoice;
import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;
import dev.engagement.journal.JournalFile;
import dev.engagement.output.Format;
import dev.engagement.output.RowsWriter;
import dev.engagement.output.RowsWriter.Column;
import dev.engagement.output.Stdout;
import dev.engagement.store.SnapshotStore;
import dev.engagement.store.StoredSnapshot;
import dev.engagement.store.StoreTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code engagement store add|list|show|prune}: journals stored afterwards, snapshots listed, shown and removed. */
public final class StoreJob {
    /** Which store: {@code --store} as given (null: ENGAGEMENT_STORE or the profile's) and the profile to read. */
    public record Where(String store, ProfileChoice profile) {
    }

    private final RunContext ctx;
    private final Reporter reporter;

    public StoreJob(RunContext ctx, Verbosity verbosity) {
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), verbosity, ctx.colorOnStderr());
    }

    /** The store, created if it is a SQLite file that does not exist yet only when {@code create}. */
    private SnapshotStore open(Where where, boolean create) {
        StoreTarget target = SnapshotRecording.target(where.store(), where.profile(), false, ctx, reporter);
        if (target == null) {
            throw EngagementException.usage("No store is named: give --store FILE (a SQLite file) or --store "
                    + "jdbc:postgresql://HOST/DB, or set ENGAGEMENT_STORE or the profile's store.");
        }
        return SnapshotStore.open(create ? target : target.existing(), ctx.clock());
    }

    /** Stores runs from their journals; storing one twice adds nothing. */
    public ExitCode add(Where where, List<Path> journals) throws IOException {
        try (SnapshotStore store = open(where, true)) {
            for (Path file : journals) {
                try (JournalFile journal = JournalFile.open(file)) {
                    reporter.note(file + ": " + SnapshotRecording.describe(store.add(
                            SnapshotRecording.snapshot(journal.header(), journal.complete()), journal), store.target()));
                }
            }
        }
        return ExitCode.OK;
    }

    public ExitCode list(Where where, Format format) throws IOException {
        try (SnapshotStore store = open(where, false)) {
            RowsWriter out = rows(format, List.of(new Column("id", false), new Column("fetched_at", false),
                    new Column("endpoint", false), new Column("status", false), new Column("tweet_ids", true),
                    new Column("counts", true)));
            for (StoredSnapshot s : store.list()) {
                out.row(List.of(Long.toString(s.id()), s.fetchedAt().toString(), s.endpoint(),
                        s.complete() ? "complete" : "partial", Long.toString(s.tweetIds()), Long.toString(s.counts())));
            }
            out.finish();
        }
        return ExitCode.OK;
    }

    /** A snapshot's counts, tidy (grouping, tweet_id, engagement_type, day, hour, count). */
    public ExitCode show(Where where, long id, Format format) throws IOException {
        try (SnapshotStore store = open(where, false)) {
            StoredSnapshot s = store.snapshot(id);
            if (s == null) {
                throw EngagementException.usage("The store " + store.target().shown() + " has no snapshot " + id
                        + "; 'engagement store list' shows those it has.");
            }
            reporter.note("Snapshot " + id + ": " + s.endpoint() + " fetched at " + s.fetchedAt() + ", "
                    + (s.complete() ? "complete" : "partial") + ", metrics " + s.metrics() + ", groupings "
                    + s.groupings() + (s.windowStart() == null ? "" : ", window " + s.windowStart() + " to "
                    + s.windowEnd()) + ".");
            RowsWriter out = rows(format, List.of(new Column("grouping", false), new Column("tweet_id", false),
                    new Column("engagement_type", false), new Column("day", false), new Column("hour", false),
                    new Column("count", true)));
            store.forEachCount(id, (grouping, tweet, type, day, hour, count) -> out.row(
                    java.util.Arrays.asList(grouping, tweet, type, day, hour, Long.toString(count))));
            out.finish();
        }
        return ExitCode.OK;
    }

    /** Removes snapshots older than {@code olderThan} and beyond the newest {@code keep}. */
    public ExitCode prune(Where where, Duration olderThan, Integer keep) {
        if (olderThan == null && keep == null) {
            throw EngagementException.usage("Say which snapshots to remove: --older-than DURATION, --keep N, or both.");
        }
        try (SnapshotStore store = open(where, false)) {
            int removed = store.prune(olderThan == null ? null : ctx.clock().instant().minus(olderThan), keep);
            reporter.note("Removed " + Text.count(removed, "snapshot") + " from " + store.target().shown() + ".");
        }
        return ExitCode.OK;
    }

    RowsWriter rows(Format format, List<Column> columns) throws IOException {
        return new RowsWriter(format, new Stdout(ctx.stdoutIsTerminal(), ctx.terminalWidth(), ctx.colorOnStdout()),
                ctx.out(), columns);
    }

    /** For {@link GrowthJob}: the store, opened. */
    SnapshotStore openStore(Where where) {
        return open(where, false);
    }

    static List<String> cells(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v == null ? null : v.toString());
        }
        return out;
    }
}
