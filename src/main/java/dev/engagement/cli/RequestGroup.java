package dev.engagement.cli;

import dev.engagement.app.FetchSettings;
import dev.engagement.app.FetchSettings.GroupingRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options that shape the requests and say where they go. The metrics and groupings an endpoint
 * accepts differ, so each kind of command has its own subclass declaring {@code -m} and {@code -g}
 * with its own choices for help and completion.
 */
public abstract class RequestGroup {
    @Option(names = "--api-url", paramLabel = "URL",
            description = "API base URL (env ENGAGEMENT_API_URL; default https://data-api.twitter.com/insights/engagement).")
    String apiUrl;

    @Option(names = "--sandbox",
            description = "Run against a sandbox started in-process, with its own credentials: no account, no network.")
    boolean sandbox;

    @Option(names = "--allow-insecure-http",
            description = "Allow a plain http API URL on another machine (credentials then cross the network unencrypted).")
    boolean allowInsecureHttp;

    @Option(names = "--dry-run", description = "Print the plan (IDs, batches, windows, requests, duration) and send nothing.")
    boolean dryRun;

    abstract List<String> metrics();

    abstract List<GroupingRequest> groupings();

    FetchSettings.RequestSettings settings() {
        return new FetchSettings.RequestSettings(metrics(), groupings(), dryRun);
    }

    /** {@code -m} and {@code -g} as {@code totals} takes them. */
    static final class Totals extends RequestGroup {
        @Option(names = {"-m", "--metrics"}, split = ",", paramLabel = "METRIC",
                completionCandidates = MetricNames.Totals.class,
                description = "Metrics to fetch, comma-separated (default: every metric totals serves for the "
                        + "credentials at hand). One of: ${COMPLETION-CANDIDATES}.")
        List<String> metrics = new ArrayList<>();

        @Option(names = {"-g", "--group-by"}, paramLabel = "NAME=KEY,...", converter = GroupingConverter.class,
                completionCandidates = GroupByExamples.Totals.class,
                description = "A grouping, repeatable up to 3 times (default: by_tweet=tweet.id,engagement.type). "
                        + "Keys: tweet.id, engagement.type.")
        List<GroupingRequest> groupBy = new ArrayList<>();

        @Override
        List<String> metrics() {
            return metrics;
        }

        @Override
        List<GroupingRequest> groupings() {
            return groupBy;
        }
    }

    /** {@code -m} and {@code -g} as {@code 28hr} and {@code historical} take them. */
    static final class TimeSeries extends RequestGroup {
        @Option(names = {"-m", "--metrics"}, split = ",", paramLabel = "METRIC",
                completionCandidates = MetricNames.TimeSeries.class,
                description = "Metrics to fetch, comma-separated (default: all 17). One of: ${COMPLETION-CANDIDATES}.")
        List<String> metrics = new ArrayList<>();

        @Option(names = {"-g", "--group-by"}, paramLabel = "NAME=KEY,...", converter = GroupingConverter.class,
                completionCandidates = GroupByExamples.TimeSeries.class,
                description = "A grouping, repeatable up to 3 times (default: by_tweet=tweet.id,engagement.type). "
                        + "Keys: tweet.id, engagement.type, engagement.day, engagement.hour.")
        List<GroupingRequest> groupBy = new ArrayList<>();

        @Override
        List<String> metrics() {
            return metrics;
        }

        @Override
        List<GroupingRequest> groupings() {
            return groupBy;
        }
    }

    FetchSettings.TargetSettings target() {
        return new FetchSettings.TargetSettings(apiUrl, sandbox, allowInsecureHttp);
    }
}
