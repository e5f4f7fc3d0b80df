package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.Endpoint;
import dev.engagement.console.Verbosity;
import dev.engagement.output.Format;
import dev.engagement.output.RowsWriter;
import dev.engagement.output.RowsWriter.Column;
import dev.engagement.store.Growth;
import dev.engagement.store.GrowthQuery;
import dev.engagement.store.GrowthRow;
import dev.engagement.store.SnapshotStore;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code engagement growth}: per metric, the Tweets whose count grew most between their first and
 * last snapshot of the period, with the change per day.
 */
public final class GrowthJob {
    /** {@code since}: how far back the period reaches; {@code metrics} empty: all; {@code top}: Tweets per metric. */
    public record Settings(StoreJob.Where where, Endpoint endpoint, Duration since, List<String> metrics, int top,
            Format format) {
        public Settings {
            metrics = List.copyOf(metrics);
        }
    }

    private final RunContext ctx;
    private final StoreJob stores;

    public GrowthJob(RunContext ctx, Verbosity verbosity) {
        this.ctx = ctx;
        this.stores = new StoreJob(ctx, verbosity);
    }

    /** Growth, and a report of it, need two complete snapshots in the period: the sentence that says so. */
    static EngagementException tooFewSnapshots(SnapshotStore store, Growth growth, Endpoint endpoint, Duration since) {
        return EngagementException.usage("The store " + store.target().shown() + " holds "
                + (growth.snapshots() == 0 ? "no complete snapshot" : "one complete snapshot") + " of /"
                + endpoint.path() + " from the last " + dev.engagement.plan.Durations.format(since) + ", and growth "
                + "needs two: run the same fetch with --store again later, or widen --since.");
    }

    public ExitCode run(Settings s) throws IOException {
        if (s.top() < 1) {
            throw EngagementException.usage("--top must be at least 1.");
        }
        try (SnapshotStore store = stores.openStore(s.where())) {
            Growth growth = store.growth(new GrowthQuery(s.endpoint().path(), ctx.clock().instant().minus(s.since()),
                    s.metrics(), s.top()));
            if (growth.snapshots() < 2) {
                throw tooFewSnapshots(store, growth, s.endpoint(), s.since());
            }
            RowsWriter out = stores.rows(s.format(), List.of(new Column("metric", false), new Column("rank", false),
                    new Column("tweet_id", false), new Column("first_at", false), new Column("last_at", false),
                    new Column("first", true), new Column("last", true), new Column("change", true),
                    new Column("per_day", true)));
            for (Map.Entry<String, List<GrowthRow>> metric : growth.top().entrySet()) {
                int rank = 0;
                for (GrowthRow r : metric.getValue()) {
                    out.row(StoreJob.cells(r.metric(), ++rank, r.tweetId(), r.firstAt(), r.lastAt(), r.first(),
                            r.last(), r.change(), String.format(Locale.ROOT, "%.1f", r.perDay())));
                }
            }
            out.finish();
        }
        return ExitCode.OK;
    }
}
