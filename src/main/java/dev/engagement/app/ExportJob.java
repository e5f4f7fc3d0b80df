package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Text;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.console.LogFormat;
import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;
import dev.engagement.journal.JournalFile;
import dev.engagement.journal.RunHeader;
import dev.engagement.api.CountTree;
import dev.engagement.merge.BatchResult;
import dev.engagement.merge.ResultMerger;
import dev.engagement.merge.RunResult;
import dev.engagement.merge.TopTweets;
import dev.engagement.output.OutputPaths;
import dev.engagement.output.OutputSettings;
import dev.engagement.output.OutputTarget;
import dev.engagement.output.ResultWriter;
import dev.engagement.output.ResultWriters;
import dev.engagement.output.Stdout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code engagement export JOURNAL}: renders a journal's batches again, in any format and with any
 * Top-N, without a request. A journal whose run did not complete gives a partial result, as the run
 * itself would have written.
 */
public final class ExportJob {
    private final RunContext ctx;
    private final Reporter reporter;

    public ExportJob(RunContext ctx, Verbosity verbosity, LogFormat logFormat) {
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), verbosity, ctx.colorOnStderr(), logFormat, ctx.clock());
    }

    public ExitCode run(Path file, OutputSettings output) throws IOException {
        OutputPaths.check(output, List.of(file.toString()));
        try (JournalFile journal = JournalFile.open(file)) {
            RunHeader header = journal.header();
            List<Grouping> shown = header.shownGroupings();
            Integer n = output.top() != null ? output.top() : header.shown().top();
            TopTweets top = n == null ? null : new TopTweets(n, topSource(header));
            OutputTarget out = OutputTarget.open(output, ctx.out());
            ProfileTrack track = routed(journal) ? new ProfileTrack(List.of()) : null;
            ResultWriter writer = ResultWriters.create(output,
                    new Stdout(ctx.stdoutIsTerminal(), ctx.terminalWidth(), ctx.colorOnStdout(), ctx.unicodeOnStdout()),
                    out.stream(), shown, header.shape().metrics(), journal, track);
            boolean committed = false;
            try {
                ResultMerger merger = new ResultMerger(header.shape().groupings(), shown, new ResultMerger.BatchSink() {
                    @Override
                    public void batchStarts(BatchResult batch) {
                        if (track != null) {
                            track.batch(batch);
                        }
                    }

                    @Override
                    public void batchCounts(Grouping g, CountTree counts) throws IOException {
                        if (top != null) {
                            top.offer(g, counts);
                        }
                        if (g.isKeyedByTweet() && shown.contains(g) && !counts.isEmpty()) {
                            writer.tweetCounts(g, counts);
                        }
                    }
                });
                merger.ids().outOfRange.addAll(header.plan().outOfRange());
                journal.forEachBatch(null, merger::accept);
                boolean complete = journal.complete();
                RunResult result = merger.finish(header.plan().range(), header.plan().windows(), !complete);
                writer.finish(result, top);
                out.commit();
                committed = true;
                if (!complete) {
                    reporter.warn("The run of " + file + " did not complete (" + Text.count(journal.batchesDone(),
                            "batch") + " of " + Text.number(header.plan().batches()) + " fetched): the result is "
                            + "partial; run its command again to continue it.");
                }
                return ExitCode.OK;
            } finally {
                writer.discard();
                if (!committed) {
                    out.abort();
                }
            }
        }
    }

    /** Whether the run of the journal routed Tweets between profiles: then the outputs say who fetched each Tweet. */
    private static boolean routed(JournalFile journal) throws IOException {
        boolean[] any = new boolean[1];
        journal.forEachBatch(java.util.Set.of(), batch -> any[0] |= !batch.fetchedBy().isEmpty());
        return any[0];
    }

    /** The grouping Top Tweets read: the run's own, or (for a Top-N the run did not ask for) any with tweet.id and type. */
    private static Grouping topSource(RunHeader header) {
        Grouping recorded = header.topSource();
        if (recorded != null) {
            return recorded;
        }
        for (Grouping g : header.shape().groupings()) {
            if (TopTweets.canFeedFrom(g)) {
                return g;
            }
        }
        throw EngagementException.usage("--top needs a grouping with " + GroupKey.TWEET_ID + " and "
                + GroupKey.ENGAGEMENT_TYPE + ", and the run of this journal asked for none ("
                + String.join("; ", header.shape().groupings().stream().map(Grouping::describe).toList()) + ").");
    }
}
