package dev.engagement.app;

import dev.engagement.Text;
import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.Grouping;
import dev.engagement.api.Refusal;
import dev.engagement.api.TimeWindow;
import dev.engagement.console.LogEvent;
import dev.engagement.console.Progress;
import dev.engagement.console.Reporter;
import dev.engagement.fetch.RequestShape;
import dev.engagement.fetch.OwnerRouting;
import dev.engagement.fetch.SequentialFetcher;
import dev.engagement.api.CountTree;
import dev.engagement.merge.BatchResult;
import java.util.ArrayList;
import dev.engagement.http.Sleeper;
import dev.engagement.input.InputSummary;
import dev.engagement.journal.Journal;
import dev.engagement.merge.ResultMerger;
import dev.engagement.merge.RunResult;
import dev.engagement.merge.TopTweets;
import dev.engagement.output.OutputTarget;
import dev.engagement.output.ResultWriter;
import dev.engagement.output.ResultWriters;
import dev.engagement.output.Stdout;
import dev.engagement.plan.BatchPlan;
import dev.engagement.plan.IdBatch;
import dev.engagement.store.StoreTarget;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The part of a fetch command that talks to the API: batches are fetched one after another, each
 * recorded in the journal before the next request and passed on to the merge and the streamed
 * outputs; the result is written at the end, also when the run stops early. Nothing fetched is
 * lost: when the result cannot be written, the journal keeps it and the message says how to render it.
 */
final class FetchRun {
    /** What a run fetches, as planned before the first request. */
    record Plan(ApiTarget target, AuthChoice auth, OwnerSetup owners, RequestShape shape, GroupingPlan groupings, TimeWindow range,
            List<TimeWindow> windows, InputSummary input, BatchPlan batches) {
    }

    /** The result could not be written (as opposed to the journal, or the network). */
    private static final class ResultNotWritten extends IOException {
        private static final long serialVersionUID = 1L;

        ResultNotWritten(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final FetchSettings settings;
    private final RunContext ctx;
    private final Reporter reporter;
    private final Journal journal;
    private final RunRecord record;
    private final StoreTarget store;

    /** {@code store}: where the run is recorded as a snapshot once its result is written (null: nowhere). */
    FetchRun(FetchSettings settings, RunContext ctx, Reporter reporter, Journal journal, RunRecord record,
            StoreTarget store) {
        this.settings = settings;
        this.ctx = ctx;
        this.reporter = reporter;
        this.journal = journal;
        this.record = record;
        this.store = store;
    }

    ExitCode fetchAndWrite(Plan run) throws IOException {
        Instant started = ctx.clock().instant();
        List<Grouping> shown = run.groupings().shown();
        OutputTarget out = OutputTarget.open(settings.output(), ctx.out());
        ProfileTrack track = run.owners() == null ? null
                : new ProfileTrack(run.owners().signers().stream().map(OwnerSetup.Signer::profile).toList());
        ResultWriter writer = ResultWriters.create(settings.output(),
                new Stdout(ctx.stdoutIsTerminal(), ctx.terminalWidth(), ctx.colorOnStdout(), ctx.unicodeOnStdout()),
                out.stream(), shown, run.shape().metrics(), journal, track);
        Grouping topSource = run.groupings().topSource();
        TopTweets top = topSource == null ? null : new TopTweets(settings.output().top(), topSource);
        record.top = top;
        ResultMerger merger = new ResultMerger(run.groupings().sent(), shown, new ResultMerger.BatchSink() {
            @Override
            public void batchStarts(BatchResult batch) {
                if (track != null) {
                    track.batch(batch);
                    learn(run.owners(), batch);
                }
            }

            @Override
            public void batchCounts(Grouping g, CountTree counts) throws IOException {
                if (top != null) {
                    top.offer(g, counts);
                }
                if (g.isKeyedByTweet() && shown.contains(g) && !counts.isEmpty()) {
                    try {
                        writer.tweetCounts(g, counts);
                    } catch (IOException e) {
                        throw new ResultNotWritten(e);
                    }
                }
            }
        });
        merger.ids().outOfRange.addAll(run.batches().outOfRange());
        StopSignal stop = ctx.stop();
        Progress progress = new Progress(reporter, ctx.clock(),
                settings.progress().resolve(ctx.stderrIsTerminal(), settings.verbosity()), ctx.terminalWidth(),
                new Progress.Totals(run.batches().estimate().batches(), run.input().uniqueIds()));
        // Sleeps come in short slices, so Ctrl-C ends a wait at once and the countdown on the bar moves.
        Sleeper sleeper = stop.guard(d -> {
            ctx.sleeper().sleep(d);
            progress.tick();
        });
        boolean committed = false;
        try (ClientAssembly http = new ClientAssembly(settings.reliability(), settings.verbosity(), ctx, sleeper)) {
            record.traffic = http.traffic();
            stop.onStop(() -> reporter.warn("Stopping: the request in flight is dropped (its batch is fetched again "
                    + "next time) and what was fetched is written; Ctrl-C again to quit at once."));
            stop.onStop(http.transport()::abort);
            stop.onHalt(out::abort);
            stop.fetchingStarts();
            OwnerRouting routing = routing(run, http, new ProgressEvents(progress));
            SequentialFetcher fetcher = new SequentialFetcher(routing, run.shape(), merger, journal,
                    stop::requested, new FetchListener(progress));
            SequentialFetcher.Outcome outcome;
            try {
                outcome = fetcher.run(run.batches().batches());
            } catch (ResultNotWritten e) {
                throw notWritten(e);
            } catch (IOException e) {
                throw new EngagementException(ExitCode.PARTIAL_FAILURE, "Could not record a batch in the journal "
                        + journal.file() + " (" + e.getMessage() + "); the batches before it are kept: free some "
                        + "space and run the same command again to continue.", e);
            }
            progress.close();
            RunResult result = merger.finish(run.range(), run.windows(), !outcome.completed());
            record.result = result;
            boolean complete = outcome.completed() && result.ids().failed.isEmpty();
            journal.finish(complete, stopReason(outcome.stop()));
            if (track != null) {
                result = result.withProfiles(track.counts(routing));
                // A run that can be resumed keeps the cache it was cut from, so the rerun cuts the same batches;
                // what it learnt is in the journal and reaches the cache when the run completes.
                if (journal.isTemporary() || complete) {
                    saveOwners(run.owners());
                }
            }
            try {
                writer.finish(result, top);
                out.commit();
            } catch (IOException e) {
                throw notWritten(e);
            }
            committed = true;
            record.outputsWritten = true;
            if (store != null) {
                storeSnapshot(complete);
            }
            Summary.print(reporter, run.input(), http.traffic(), result, outcome.batchesReplayed(),
                    Duration.between(started, ctx.clock().instant()));
            return exitCode(outcome, result, run.auth());
        } finally {
            progress.close();
            writer.discard();
            if (!committed) {
                out.abort();
            }
        }
    }

    /** One client per profile, all on the run's one transport and pacer (the budget is the app's); or the single one. */
    private static OwnerRouting routing(Plan run, ClientAssembly http, ProgressEvents events) {
        if (run.owners() == null) {
            return OwnerRouting.single(http.client(run.target().baseUrl(), run.auth().authenticator(), events));
        }
        List<OwnerRouting.Signer> signers = new ArrayList<>();
        for (OwnerSetup.Signer s : run.owners().signers()) {
            signers.add(new OwnerRouting.Signer(s.profile(), http.client(run.target().baseUrl(), s.auth().authenticator(),
                    events)));
        }
        return new OwnerRouting(signers, run.owners().cache());
    }

    /** What a batch says about owners, replayed ones included: who fetched each Tweet, and which no profile owns. */
    private static void learn(OwnerSetup owners, BatchResult batch) {
        batch.fetchedBy().forEach((id, profile) -> owners.cache().owned(Long.parseLong(id), profile));
        batch.ids().forbidden.forEach(id -> owners.cache().ownedByNone(Long.parseLong(id)));
    }

    /** The owner cache is a hint: failing to keep it costs refusals next time, not data. */
    private void saveOwners(OwnerSetup owners) {
        try {
            owners.cache().save();
        } catch (IOException e) {
            reporter.warn("Could not update the owner cache " + owners.cacheShown() + " (" + e.getMessage() + "); the "
                    + "next run finds the owners again.");
        }
    }

    /** Records the run in the store; when that fails, the journal is kept so that 'engagement store add' can. */
    private void storeSnapshot(boolean complete) throws IOException {
        try {
            SnapshotRecording.store(store, ctx.clock(), journal.header(), complete, journal, reporter);
        } catch (EngagementException e) {
            journal.keep();
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, e.getMessage() + " The result is written and the "
                    + "journal " + journal.file() + " keeps the run: 'engagement store add " + journal.file()
                    + " --store " + store.shown() + "' stores it later.", e);
        }
    }

    /** The output failed: what was fetched stays in the journal (a temporary one is kept for this). */
    private EngagementException notWritten(IOException e) {
        journal.keep();
        String file = journal.file().toString();
        String format = settings.output().format() == null ? "" : " -f " + settings.output().format();
        return new EngagementException(ExitCode.PARTIAL_FAILURE, "Could not write the result ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "); nothing fetched is "
                + "lost: the journal " + file + " holds it, and 'engagement export " + file + format
                + " -o FILE' writes it again.", e);
    }

    private static String stopReason(SequentialFetcher.Stop stop) {
        if (stop == null) {
            return null;
        }
        if (stop instanceof SequentialFetcher.Interrupted) {
            return "interrupted";
        }
        if (stop instanceof SequentialFetcher.Refused refused) {
            return "HTTP " + refused.refusal().status() + ": " + refused.refusal().said();
        }
        return ((SequentialFetcher.Failing) stop).reason();
    }

    /** The exit code of a run that wrote its result; a refusal or failure that stopped it is thrown as its sentence. */
    private ExitCode exitCode(SequentialFetcher.Outcome outcome, RunResult result, AuthChoice auth) {
        String rerun = journal.isTemporary() ? " (no journal is kept, so a rerun fetches everything again)."
                : "; run the same command again to continue from the journal " + journal.file() + ".";
        SequentialFetcher.Stop stop = outcome.stop();
        if (stop == null) {
            return result.ids().failed.isEmpty() ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
        }
        if (stop instanceof SequentialFetcher.Interrupted) {
            reporter.warn("Stopped early: the result is partial (\"partial\": true) and lists what was not fetched in "
                    + "failed_tweet_ids" + rerun);
            return ExitCode.INTERRUPTED;
        }
        if (stop instanceof SequentialFetcher.Refused refused) {
            Refusal r = refused.refusal();
            if (r.kind() == Refusal.Kind.CREDENTIALS) {
                throw EngagementException.auth(AuthAdvice.explain(r.status(), r.said(), auth)
                        + " The result written is partial" + rerun);
            }
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "The API refused the request with HTTP "
                    + r.status() + ": " + r.said() + (r.said().endsWith(".") ? "" : ".") + hint(r.status())
                    + " The result written is partial" + rerun);
        }
        String reason = ((SequentialFetcher.Failing) stop).reason();
        throw new EngagementException(ExitCode.PARTIAL_FAILURE, "Stopped: " + reason
                + "; the result written is partial" + rerun);
    }

    /** What a status that refuses every request usually means for the user. */
    private static String hint(int status) {
        if (status >= 300 && status < 400) {
            return " That is a redirect, which is never followed with credentials: check the API URL (--api-url, "
                    + "ENGAGEMENT_API_URL or the profile's api_url).";
        }
        if (status == 404) {
            return " The API URL has no such endpoint: check it (--api-url, ENGAGEMENT_API_URL or the profile's "
                    + "api_url).";
        }
        if (status == 413) {
            return " The request was too large for the API.";
        }
        return "";
    }

    /** Tells the user about batches as they complete or fail. */
    private final class FetchListener implements SequentialFetcher.Listener {
        private final Progress progress;

        FetchListener(Progress progress) {
            this.progress = progress;
        }

        @Override
        public void batchDone(IdBatch batch, boolean failed) {
            progress.batchDone(batch.tweetIds().size());
        }

        @Override
        public void batchFailed(IdBatch batch, TimeWindow window, int ids, String reason) {
            progress.pause();
            reporter.event(LogEvent.of("batch_failed", LogEvent.Level.WARNING, "Batch " + batch.number() + " (" + ids
                    + " IDs" + (window == null ? "" : ", window " + window) + ") failed: " + reason + ".")
                    .with("batch", batch.number()).with("ids", ids).with("window", window == null ? null
                            : window.toString()).with("reason", reason));
        }

        @Override
        public void profileRefused(String profile, Refusal refusal) {
            progress.pause();
            reporter.warn("The API refused the credentials of profile '" + profile + "' (HTTP " + refusal.status() + ": "
                    + refusal.said() + "): it signs nothing more in this run, and the Tweets no other profile owns are "
                    + "listed in failed_tweet_ids; the other profiles go on. Check its token with 'engagement configure "
                    + "--list', then run the same command again.");
        }

        @Override
        public void idsRefused(int refused, int left) {
            reporter.event(LogEvent.of("ids_refused", LogEvent.Level.DETAIL, "Removed "
                    + Text.count(refused, "refused Tweet ID") + " from the batch; "
                    + (left == 0 ? "nothing left to send." : "resubmitting " + left + "."))
                    .with("refused", refused).with("left", left));
        }
    }
}
