package dev.engagement.fetch;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Reporter;
import dev.engagement.RunContext;
import dev.engagement.StopSignal;
import dev.engagement.http.Sleeper;
import java.util.stream.Collectors;
import dev.engagement.api.ApiError;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.Result;
import dev.engagement.api.TimeWindow;
import dev.engagement.http.ApiClient;
import dev.engagement.http.AuthSelector;
import dev.engagement.http.Authenticator;
import dev.engagement.http.Backoff;
import dev.engagement.http.HttpTransport;
import dev.engagement.http.RateLimiter;
import dev.engagement.input.InputSummary;
import dev.engagement.input.TweetIdReader;
import dev.engagement.merge.ResultMerger;
import dev.engagement.merge.RunResult;
import dev.engagement.output.OutputTarget;
import dev.engagement.output.ResultWriter;
import dev.engagement.output.Progress;
import dev.engagement.output.ResultWriters;
import dev.engagement.output.TopTweets;
import dev.engagement.input.LongIterator;
import dev.engagement.plan.Chunker;
import dev.engagement.plan.IdBatch;
import dev.engagement.plan.PlanEstimate;
import dev.engagement.plan.SincePost;
import dev.engagement.plan.SincePostBatches;
import dev.engagement.plan.SincePostPlan;
import java.util.Iterator;
import java.util.PrimitiveIterator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Runs a fetch command end to end: validates the request against the API's rules, reads the IDs,
 * fetches batch by batch, merges, writes the result and says how it went. Returns the exit code.
 */
public final class FetchRunner {
    static final String TOP_GROUPING = "top_tweets_source";

    private final FetchSpec spec;
    private final RunContext ctx;
    private final Reporter reporter;

    public FetchRunner(FetchSpec spec, RunContext ctx) {
        this.spec = spec;
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), spec.quiet(), spec.verbose(), ctx.colorOnStderr());
    }

    public int run() throws IOException {
        Instant started = ctx.clock().instant();
        Endpoint endpoint = spec.endpoint();
        List<Grouping> groupings = parseGroupings(endpoint, spec.groupBy());
        if (spec.output().top() != null) {
            groupings = withTopSource(groupings);
        }
        TimeWindow range = endpoint == Endpoint.HISTORICAL ? HistoricalPlan.range(spec, ctx.clock().instant(), reporter) : null;

        try (ApiTarget target = ApiTarget.resolve(spec, ctx, reporter);
                TweetIdReader reader = new TweetIdReader(spec.files(), ctx.in(), spec.input(), reporter::warn)) {
            AuthKind kind = AuthSelector.kindFor(spec.auth().mode(), target.credentials(), endpoint,
                    spec.metrics().isEmpty() ? null : parseMetrics(endpoint, spec.metrics(), AuthKind.USER));
            List<Metric> metrics = spec.metrics().isEmpty() ? ApiRules.defaultMetrics(endpoint, kind)
                    : parseMetrics(endpoint, spec.metrics(), kind);
            Authenticator auth = AuthSelector.select(spec.auth().mode(), target.credentials(), endpoint, metrics);
            reporter.verbose("Using " + auth.describe() + " against " + target.baseUrl());
            InputSummary input = reader.scan();

            try (Checkpoint checkpoint = openCheckpoint(metrics, groupings, range)) {
                if (checkpoint != null && checkpoint.storedRange() != null) {
                    range = parseRange(checkpoint.storedRange());
                }
                List<TimeWindow> windows = HistoricalPlan.windows(range);
                BatchPlan plan = planBatches(reader, input, windows);
                if (spec.dryRun()) {
                    reporter.note(DryRun.describe(endpoint, input, plan.estimate, metrics, groupings));
                    return ExitCode.OK;
                }
                if (input.uniqueIds() == 0) {
                    reporter.note("No Tweet IDs in the input; writing an empty result.");
                }
                if (checkpoint != null && checkpoint.isResuming()) {
                    reporter.note("Resuming from the checkpoint " + spec.checkpoint() + ": completed batches are not fetched again.");
                }
                return fetchAndWrite(target, auth, metrics, groupings, range, windows, input, plan, checkpoint, started);
            }
        }
    }

    /** Batches to fetch and what the plan amounts to. */
    private record BatchPlan(Iterator<IdBatch> batches, PlanEstimate estimate, List<String> outOfRange) {
    }

    private BatchPlan planBatches(TweetIdReader reader, InputSummary input, List<TimeWindow> windows) {
        int size = spec.endpoint().maxTweetIds();
        if (spec.sincePost() == null) {
            return new BatchPlan(new Chunker(reader.ids(), size, windows),
                    PlanEstimate.of(input.uniqueIds(), size, windows, spec.requestsPerMinute()), List.of());
        }
        SincePostPlan plan = SincePost.plan(primitive(reader.ids()), spec.sincePost(), ctx.clock().instant());
        List<String> outOfRange = new ArrayList<>();
        plan.tooOld().forEach(id -> outOfRange.add(Long.toString(id)));
        plan.notYetCreated().forEach(id -> outOfRange.add(Long.toString(id)));
        reportOutOfRange(plan);
        return new BatchPlan(new SincePostBatches(plan, size), PlanEstimate.of(plan, size, spec.requestsPerMinute()),
                outOfRange);
    }

    private int fetchAndWrite(ApiTarget target, Authenticator auth, List<Metric> metrics, List<Grouping> groupings,
            TimeWindow range, List<TimeWindow> windows, InputSummary input, BatchPlan plan, Checkpoint checkpoint,
            Instant started) throws IOException {
        Set<String> hidden = groupings.stream().anyMatch(g -> g.name().equals(TOP_GROUPING)) ? Set.of(TOP_GROUPING)
                : Set.of();
        List<Grouping> visible = new ArrayList<>(groupings);
        visible.removeIf(g -> hidden.contains(g.name()));
        OutputTarget out = OutputTarget.open(spec.output(), ctx.out());
        ResultWriter writer = ResultWriters.create(spec.output(), ctx, out.stream(), visible, metrics);
        TopTweets top = spec.output().top() == null ? null : new TopTweets(spec.output().top(), topSource(groupings).name());
        ResultMerger merger = new ResultMerger(groupings, hidden, (g, counts) -> {
            if (top != null) {
                top.offer(g, counts);
            }
            if (g.isKeyedByTweet() && !hidden.contains(g.name()) && !counts.isEmpty()) {
                writer.tweetCounts(g, counts);
            }
        });
        merger.ids().outOfRange.addAll(plan.outOfRange());
        StopSignal stop = ctx.stop();
        stop.install();
        Progress progress = new Progress(reporter, ctx, plan.estimate().batches(), input.uniqueIds());
        // Sleeps come in short slices, so Ctrl-C ends a wait at once and the countdown on the bar moves.
        Sleeper sleeper = stop.guard(d -> {
            ctx.sleeper().sleep(d);
            progress.tick();
        });
        HttpTransport transport = new HttpTransport(spec.timeout(), spec.debug() ? ctx.err() : null);
        ApiClient client = new ApiClient(target.baseUrl(), transport, auth,
                new RateLimiter(spec.requestsPerMinute(), ctx.clock(), sleeper),
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom()),
                spec.maxRetries(), sleeper, ctx.clock(), progress);
        SequentialFetcher fetcher = new SequentialFetcher(client, spec.endpoint(), metrics, groupings, merger, reporter,
                (batch, failed) -> progress.batchDone(batch.tweetIds().size()), checkpoint, stop);
        boolean committed = false;
        try {
            boolean completed = fetcher.run(plan.batches());
            progress.close();
            RunResult result = merger.finish(range, windows, !completed);
            writer.finish(result, top);
            out.commit();
            committed = true;
            Summary.print(reporter, input, client, result, fetcher.batchesFromCheckpoint(), Duration.between(started, ctx.clock().instant()));
            if (!completed) {
                reporter.warn("Stopped early: the result is partial (\"partial\": true) and lists what was not fetched in "
                        + "failed_tweet_ids" + (checkpoint != null ? "; run the same command again to continue." : "."));
                return ExitCode.INTERRUPTED;
            }
            return result.ids().failed.isEmpty() ? ExitCode.OK : ExitCode.PARTIAL_FAILURE;
        } finally {
            progress.close();
            transport.close();
            writer.discard();
            if (!committed) {
                out.abort();
            }
        }
    }

    private Checkpoint openCheckpoint(List<Metric> metrics, List<Grouping> groupings, TimeWindow range)
            throws IOException {
        if (spec.checkpoint() == null || spec.dryRun()) {
            return null;
        }
        String description = "endpoint=" + spec.endpoint().path()
                + " metrics=" + metrics.stream().map(Metric::wireName).collect(Collectors.joining(","))
                + " groupings=" + groupings.stream().map(Grouping::describe).collect(Collectors.joining(";"))
                + " start=" + spec.start() + " end=" + spec.end() + " since-post=" + spec.sincePost()
                + " input=" + String.join(",", spec.files()) + " " + spec.input();
        String rangeText = range == null ? null : range.start() + ".." + range.end();
        return Checkpoint.open(spec.checkpoint(), Checkpoint.fingerprint(description), rangeText, description,
                spec.force());
    }

    private static TimeWindow parseRange(String text) {
        int dots = text.indexOf("..");
        return new TimeWindow(Instant.parse(text.substring(0, dots)), Instant.parse(text.substring(dots + 2)));
    }

    static List<Grouping> parseGroupings(Endpoint endpoint, List<String> specs) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        if (specs.isEmpty()) {
            raw.putAll(ApiRules.defaultGroupings());
        }
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw EngagementException.usage("--group-by '" + s + "' needs a name: write NAME=key,key, for example "
                        + "by_tweet=tweet.id,engagement.type.");
            }
            String name = s.substring(0, eq).strip();
            if (raw.containsKey(name)) {
                throw EngagementException.usage("--group-by names the grouping '" + name + "' twice; give each a different name.");
            }
            List<String> keys = new ArrayList<>();
            for (String k : s.substring(eq + 1).split(",")) {
                if (!k.isBlank()) {
                    keys.add(k.strip());
                }
            }
            raw.put(name, keys);
        }
        Result<List<Grouping>> parsed = ApiRules.parseGroupings(endpoint, raw, false);
        if (!parsed.isOk()) {
            throw EngagementException.usage(parsed.error().firstMessage() + hintKeys(endpoint));
        }
        return parsed.value();
    }

    private static String hintKeys(Endpoint endpoint) {
        StringBuilder sb = new StringBuilder(" (group-by keys allowed on /" + endpoint.path() + ": ");
        List<String> keys = new ArrayList<>();
        for (GroupKey k : ApiRules.allowedKeys(endpoint)) {
            keys.add(k.wireName());
        }
        return sb.append(String.join(", ", keys)).append(")").toString();
    }

    static List<Metric> parseMetrics(Endpoint endpoint, List<String> names, AuthKind auth) {
        List<String> split = new ArrayList<>();
        for (String n : names) {
            for (String part : n.split(",")) {
                if (!part.isBlank()) {
                    split.add(part.strip());
                }
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

    private List<Grouping> withTopSource(List<Grouping> groupings) {
        if (spec.output().top() < 1) {
            throw EngagementException.usage("--top needs a positive number of Tweets, got " + spec.output().top() + ".");
        }
        if (groupings.stream().anyMatch(TopTweets::canFeedFrom)) {
            return groupings;
        }
        if (groupings.size() >= ApiRules.MAX_GROUPINGS) {
            throw EngagementException.usage("--top needs a grouping with tweet.id and engagement.type, and the API allows "
                    + "at most " + ApiRules.MAX_GROUPINGS + " groupings: add those keys to one of yours or drop one.");
        }
        List<Grouping> out = new ArrayList<>(groupings);
        out.add(new Grouping(TOP_GROUPING, List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE)));
        return out;
    }

    private void reportOutOfRange(SincePostPlan plan) {
        if (!plan.tooOld().isEmpty()) {
            reporter.warn(plan.tooOld().size() + " Tweet(s) were posted too long ago for the API's 365-day limit and are "
                    + "listed in out_of_range_tweet_ids, e.g. " + plan.tooOld().get(0) + ".");
        }
        if (!plan.notYetCreated().isEmpty()) {
            reporter.warn(plan.notYetCreated().size() + " Tweet ID(s) carry a creation time in the future and are listed "
                    + "in out_of_range_tweet_ids, e.g. " + plan.notYetCreated().get(0) + ".");
        }
    }

    private static PrimitiveIterator.OfLong primitive(LongIterator ids) {
        return new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public long nextLong() {
                return ids.next();
            }
        };
    }

    private static Grouping topSource(List<Grouping> groupings) {
        return groupings.stream().filter(TopTweets::canFeedFrom).findFirst().orElseThrow();
    }
}
