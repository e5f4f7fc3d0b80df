package dev.engagement.app;

import dev.engagement.DatabaseUrls;
import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Version;
import dev.engagement.api.ApiError;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.Result;
import dev.engagement.api.TimeWindow;
import dev.engagement.config.ServiceUrl;
import dev.engagement.console.Reporter;
import dev.engagement.fetch.RequestShape;
import dev.engagement.input.InputSummary;
import dev.engagement.input.TweetIdReader;
import dev.engagement.journal.Journal;
import dev.engagement.journal.RunHeader;
import dev.engagement.output.OutputPaths;
import dev.engagement.plan.BatchPlan;
import dev.engagement.plan.HistoricalPlan;
import dev.engagement.store.SnapshotStore;
import dev.engagement.store.StoreTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A fetch command from start to end: checks the request against the API's rules and the output
 * paths, reads the IDs, opens the run's journal (resuming it when an earlier attempt stopped),
 * plans the batches, and hands over to {@link FetchRun}, which fetches, records and writes.
 * Everything a user can get wrong is found before the first request.
 */
public final class FetchJob {
    private final FetchSettings settings;
    private final RunContext ctx;
    private final Reporter reporter;

    public FetchJob(FetchSettings settings, RunContext ctx) {
        this.settings = settings;
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), settings.verbosity(), ctx.colorOnStderr(),
                settings.reporting().logFormat(), ctx.clock());
    }

    /**
     * Runs the command and returns its exit code; failures a user can cause come as {@link EngagementException}.
     * However the run ends (done, failed, interrupted) it leaves its report, metrics and step summary.
     */
    public ExitCode run() throws IOException {
        RunRecord record = new RunRecord(ctx.clock().instant());
        RunReports reports = new RunReports(settings, ctx, reporter, record);
        reports.checkPaths();
        // A stop that ends the process at once still leaves a report of what it got to.
        ctx.stop().onHalt(() -> reports.write(ExitCode.INTERRUPTED, "Interrupted before the result was written."));
        ExitCode code;
        try {
            code = run(record);
        } catch (EngagementException e) {
            reports.write(e.exitCode(), e.getMessage());
            throw e;
        } catch (IOException | RuntimeException e) {
            reports.write(ExitCode.PARTIAL_FAILURE, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
            throw e;
        }
        reports.write(code, null);
        return code;
    }

    private ExitCode run(RunRecord record) throws IOException {
        ctx.stop().install();
        StaleTemporaries.remove();
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
            AuthChoice auth = AuthChoice.select(settings.auth().mode(), target.credentials(), endpoint, metrics, ctx.clock());
            StoreTarget store = settings.request().dryRun() ? null : SnapshotRecording.target(settings.store(),
                    settings.auth().profile(), settings.target().sandbox(), ctx, reporter);
            if (store != null) {
                // Opened once before the first request, so a store that cannot be written fails before any fetch.
                SnapshotStore.open(store, ctx.clock()).close();
            }
            OwnerSetup owners = OwnerSetup.of(settings, target, auth, endpoint, metrics, store, ctx, reporter);
            ctx.stop().onHalt(reader::close);
            reporter.verbose("Using " + auth.description() + " against " + ServiceUrl.redact(target.baseUrl()));
            InputSummary input = reader.scan();
            record.input = input;
            RequestShape shape = new RequestShape(endpoint, metrics, groupings.sent());

            if (settings.request().dryRun()) {
                BatchPlan plan = planBatches(reader, input, HistoricalPlan.windows(range), owners);
                plan.warnings().forEach(reporter::warn);
                ctx.out().write(DryRun.describe(endpoint, input, plan.estimate(), metrics, groupings.sent())
                        .getBytes(StandardCharsets.UTF_8));
                ctx.out().flush();
                return ExitCode.OK;
            }
            String fingerprint = RunFingerprint.of(settings, shape, input.sources(),
                    settings.target().sandbox() ? "sandbox" : ServiceUrl.redact(target.baseUrl()),
                    auth.kind() + " " + settings.auth().profile() + (owners == null ? "" : " " + owners.describe()));
            Journal.Opened opened = RunJournal.open(settings.journal(), endpoint.path(), fingerprint, ctx, reporter);
            try (Journal journal = opened.journal()) {
                record.journal = journal;
                ctx.stop().onHalt(journal::discardIfTemporary);
                RunHeader previous = journal.previous();
                if (previous != null && owners != null && !owners.cache().snapshot().equals(previous.plan().owners())) {
                    // Its batches were cut from what the owner cache said then; another run has changed it since.
                    journal.startOver();
                    previous = null;
                    reporter.note("Starting the journal " + journal.file() + " over: the owner cache has changed "
                            + "since the run stopped, so its batches are cut anew.");
                } else if (opened.note() != null) {
                    reporter.note(opened.note());
                }
                if (previous != null) {
                    range = previous.plan().range();
                }
                List<TimeWindow> windows = previous != null ? previous.plan().windows() : HistoricalPlan.windows(range);
                BatchPlan plan = planBatches(reader, input, windows, owners);
                plan.warnings().forEach(reporter::warn);
                if (input.uniqueIds() == 0) {
                    reporter.note("No Tweet IDs in the input; writing an empty result.");
                }
                journal.begin(header(fingerprint, input, shape, groupings, range, windows, plan, owners));
                return new FetchRun(settings, ctx, reporter, journal, record, store).fetchAndWrite(
                        new FetchRun.Plan(target, auth, owners, shape, groupings, range, windows, input, plan));
            }
        }
    }

    private RunHeader header(String fingerprint, InputSummary input, RequestShape shape, GroupingPlan groupings,
            TimeWindow range, List<TimeWindow> windows, BatchPlan plan, OwnerSetup owners) {
        List<String> shown = groupings.shown().stream().map(Grouping::name).toList();
        String top = groupings.topSource() == null ? null : groupings.topSource().name();
        return new RunHeader(new RunHeader.Origin(fingerprint, ctx.clock().instant(), Version.current(),
                redacted(settings.arguments()), input.sources()), shape,
                new RunHeader.Shown(shown, top, settings.output().top()),
                new RunHeader.Plan(range, windows, plan.estimate().uniqueIds(), plan.estimate().batches(),
                        plan.outOfRange(), owners == null ? null : owners.cache().snapshot()));
    }

    /** The command line with any URL's password hidden (fetch commands take no other secret). */
    static List<String> redacted(List<String> arguments) {
        return arguments.stream().map(ServiceUrl::redact).map(DatabaseUrls::redact).toList();
    }

    /** With several owners ({@code owners} not null), batches are cut per owner the cache knows. */
    private BatchPlan planBatches(TweetIdReader reader, InputSummary input, List<TimeWindow> windows,
            OwnerSetup owners) {
        int size = settings.endpoint().maxTweetIds();
        double rpm = settings.reliability().requestsPerMinute();
        if (settings.range().sincePost() == null && owners != null) {
            return BatchPlan.routed(reader.ids(), reader.ids(), input.uniqueIds(), size, windows, rpm,
                    owners.signers().size(), owners.router());
        }
        if (settings.range().sincePost() == null) {
            return BatchPlan.windowed(reader.ids(), input.uniqueIds(), size, windows, rpm);
        }
        return BatchPlan.sincePost(reader.ids(), size, settings.range().sincePost(), ctx.clock().instant(), rpm);
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
}
