package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.ApiError;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.Refusal;
import dev.engagement.api.Result;
import dev.engagement.api.TimeWindow;
import dev.engagement.console.Progress;
import dev.engagement.console.Reporter;
import dev.engagement.fetch.Checkpoint;
import dev.engagement.fetch.RequestShape;
import dev.engagement.fetch.SequentialFetcher;
import dev.engagement.http.Sleeper;
import dev.engagement.input.InputSummary;
import dev.engagement.input.TweetIdReader;
import dev.engagement.merge.ResultMerger;
import dev.engagement.merge.RunResult;
import dev.engagement.merge.TopTweets;
import dev.engagement.output.OutputPaths;
import dev.engagement.output.OutputTarget;
import dev.engagement.output.ResultWriter;
import dev.engagement.output.ResultWriters;
import dev.engagement.output.Stdout;
import dev.engagement.plan.BatchPlan;
import dev.engagement.plan.HistoricalPlan;
import dev.engagement.plan.IdBatch;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fetch command from start to end: checks the request against the API's rules and the output
 * paths, reads the IDs, plans the batches, fetches them one after another, merges, writes the
 * result and says how it went. Everything is checked before the first request; a run that stops
 * early still writes what it fetched.
 */
public final class FetchJob {
    private final FetchSettings settings;
    private final RunContext ctx;
    private final Reporter reporter;

    public FetchJob(FetchSettings settings, RunContext ctx) {
        this.settings = settings;
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), settings.verbosity(), ctx.colorOnStderr());
    }

    /** Runs the command and returns its exit code; failures a user can cause come as {@link EngagementException}. */
    public ExitCode run() throws IOException {
        Instant started = ctx.clock().instant();
        Endpoint endpoint = settings.endpoint();
        GroupingPlan groupings = GroupingPlan.of(endpoint, settings.request().groupings(), settings.output().top());
        TimeWindow range = endpoint == Endpoint.HISTORICAL
                ? HistoricalPlan.range(settings.range(), ctx.clock().instant(), reporter::warn) : null;
        OutputPaths.check(settings.output(), settings.files());

        try (ApiTarget target = ApiTarget.resolve(settings.target(), settings.auth(), ctx, reporter::warn);
                TweetIdReader reader = new TweetIdReader(settings.files(), ctx.in(), settings.input(), reporter::warn)) {
            List<Metric> asked = settings.request().metrics().isEmpty() ? null
                    : parseMetrics(endpoint, settings.request().metrics(), AuthKind.USER);
            AuthKind kind = AuthChoice.kindFor(settings.auth().mode(), target.credentials(), endpoint, asked);
            List<Metric> metrics = asked == null ? ApiRules.defaultMetrics(endpoint, kind)
                    : parseMetrics(endpoint, settings.request().metrics(), kind);
            AuthChoice auth = AuthChoice.select(settings.auth().mode(), target.credentials(), endpoint, metrics);
            reporter.verbose("Using " + auth.description() + " against " + target.baseUrl());
            InputSummary input = reader.scan();
            RequestShape shape = new RequestShape(endpoint, metrics, groupings.sent());

            try (Checkpoint checkpoint = openCheckpoint(shape, range)) {
                if (checkpoint != null && checkpoint.storedRange() != null) {
                    range = checkpoint.storedRange();
                }
                List<TimeWindow> windows = HistoricalPlan.windows(range);
                BatchPlan plan = planBatches(reader, input, windows);
                plan.warnings().forEach(reporter::warn);
                if (settings.request().dryRun()) {
                    ctx.out().write(DryRun.describe(endpoint, input, plan.estimate(), metrics, groupings.sent())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    ctx.out().flush();
                    return ExitCode.OK;
                }
                if (input.uniqueIds() == 0) {
                    reporter.note("No Tweet IDs in the input; writing an empty result.");
                }
                if (checkpoint != null && checkpoint.isResuming()) {
                    reporter.note("Resuming from the checkpoint " + settings.reliability().checkpoint()
                            + ": completed batches are not fetched again.");
                }
                return fetchAndWrite(new Run(target, auth, shape, groupings, range, windows, input, plan), checkpoint,
                        started);
            }
        }
    }

    /** What a run fetches, as planned before the first request. */
    private record Run(ApiTarget target, AuthChoice auth, RequestShape shape, GroupingPlan groupings, TimeWindow range,
            List<TimeWindow> windows, InputSummary input, BatchPlan plan) {
    }

    private BatchPlan planBatches(TweetIdReader reader, InputSummary input, List<TimeWindow> windows) {
        int size = settings.endpoint().maxTweetIds();
        double rpm = settings.reliability().requestsPerMinute();
        if (settings.range().sincePost() == null) {
            return BatchPlan.windowed(reader.ids(), input.uniqueIds(), size, windows, rpm);
        }
        return BatchPlan.sincePost(reader.ids(), size, settings.range().sincePost(), ctx.clock().instant(), rpm);
    }

    private ExitCode fetchAndWrite(Run run, Checkpoint checkpoint, Instant started) throws IOException {
        List<Metric> metrics = run.shape().metrics();
        List<Grouping> shown = run.groupings().shown();
        OutputTarget out = OutputTarget.open(settings.output(), ctx.out());
        ResultWriter writer = ResultWriters.create(settings.output(), stdout(), out.stream(), shown, metrics);
        Grouping topSource = run.groupings().topSource();
        TopTweets top = topSource == null ? null : new TopTweets(settings.output().top(), topSource);
        ResultMerger merger = new ResultMerger(run.groupings().sent(), shown, (g, counts) -> {
            if (top != null) {
                top.offer(g, counts);
            }
            if (g.isKeyedByTweet() && shown.contains(g) && !counts.isEmpty()) {
                writer.tweetCounts(g, counts);
            }
        });
        merger.ids().outOfRange.addAll(run.plan().outOfRange());
        StopSignal stop = ctx.stop();
        stop.install();
        Progress progress = new Progress(reporter, ctx.clock(), ctx.stderrIsTerminal(), ctx.terminalWidth(),
                new Progress.Totals(run.plan().estimate().batches(), run.input().uniqueIds()));
        // Sleeps come in short slices, so Ctrl-C ends a wait at once and the countdown on the bar moves.
        Sleeper sleeper = stop.guard(d -> {
            ctx.sleeper().sleep(d);
            progress.tick();
        });
        boolean committed = false;
        try (ClientAssembly http = new ClientAssembly(settings.reliability(), settings.verbosity(), ctx, sleeper)) {
            stop.onStop(http.transport()::abort);
            SequentialFetcher fetcher = new SequentialFetcher(http.client(run.target().baseUrl(),
                    run.auth().authenticator(), new ProgressEvents(progress)), run.shape(), merger, checkpoint, stop::requested,
                    new FetchListener(progress));
            SequentialFetcher.Outcome outcome = fetcher.run(run.plan().batches());
            progress.close();
            RunResult result = merger.finish(run.range(), run.windows(), !outcome.completed());
            writer.finish(result, top);
            out.commit();
            committed = true;
            Summary.print(reporter, run.input(), http.traffic(), result, outcome.batchesReplayed(),
                    Duration.between(started, ctx.clock().instant()));
            return exitCode(outcome, result, run.auth(), checkpoint != null);
        } finally {
            progress.close();
            writer.discard();
            if (!committed) {
                out.abort();
            }
        }
    }

    /** The exit code of a run that wrote its result; a refusal or failure that stopped it is thrown as its sentence. */
    private ExitCode exitCode(SequentialFetcher.Outcome outcome, RunResult result, AuthChoice auth, boolean resumable) {
        String rerun = resumable ? "; run the same command again to continue." : ".";
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
                throw EngagementException.auth(AuthAdvice.explain(r.status(), r.said(), auth));
            }
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "The API refused the request with HTTP "
                    + r.status() + ": " + r.said() + (r.said().endsWith(".") ? "" : ".")
                    + " The result written is partial" + rerun);
        }
        String reason = ((SequentialFetcher.Failing) stop).reason();
        throw new EngagementException(ExitCode.PARTIAL_FAILURE, "Stopped: " + reason
                + "; the result written is partial" + rerun);
    }

    private Checkpoint openCheckpoint(RequestShape shape, TimeWindow range) throws IOException {
        if (settings.reliability().checkpoint() == null || settings.request().dryRun()) {
            return null;
        }
        String description = "endpoint=" + shape.endpoint().path()
                + " metrics=" + shape.metrics().stream().map(Metric::wireName).collect(Collectors.joining(","))
                + " groupings=" + shape.groupings().stream().map(Grouping::describe).collect(Collectors.joining(";"))
                + " start=" + settings.range().start() + " end=" + settings.range().end()
                + " since-post=" + settings.range().sincePost()
                + " input=" + String.join(",", settings.files()) + " " + settings.input();
        return Checkpoint.open(settings.reliability().checkpoint(), Checkpoint.fingerprint(description), range,
                description, settings.reliability().force());
    }

    private Stdout stdout() {
        return new Stdout(ctx.stdoutIsTerminal(), ctx.terminalWidth(), ctx.colorOnStdout());
    }

    static List<Metric> parseMetrics(Endpoint endpoint, List<String> names, AuthKind auth) {
        List<String> split = new ArrayList<>();
        for (String n : names) {
            if (!n.isBlank()) {
                split.add(n.strip());
            }
        }
        Result<List<Metric>> parsed = ApiRules.parseMetrics(endpoint, split, auth, true);
        if (!parsed.isOk()) {
            ApiError e = parsed.error();
            throw new EngagementException(e.status() == 403 ? ExitCode.AUTH : ExitCode.USAGE, e.firstMessage()
                    + (e.firstMessage().endsWith(".") ? "" : "."));
        }
        return parsed.value();
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
            reporter.warn("Batch " + batch.number() + " (" + ids + " IDs" + (window == null ? "" : ", window " + window)
                    + ") failed: " + reason + ".");
        }

        @Override
        public void idsRefused(int refused, int left) {
            reporter.verbose("Removed " + refused + " refused Tweet ID(s) from the batch; "
                    + (left == 0 ? "nothing left to send." : "resubmitting " + left + "."));
        }
    }
}
