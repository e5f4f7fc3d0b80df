package dev.engagement.cli;

import dev.engagement.app.FetchSettings;
import dev.engagement.app.FetchSettings.GroupingRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options that shape the requests and say where they go. */
public final class RequestGroup {
    @Option(names = {"-m", "--metrics"}, split = ",", paramLabel = "METRIC",
            completionCandidates = MetricNames.class,
            description = "Metrics to fetch, comma-separated (default: every metric the endpoint serves for the "
                    + "credentials at hand). One of: ${COMPLETION-CANDIDATES}.")
    List<String> metrics = new ArrayList<>();

    @Option(names = {"-g", "--group-by"}, paramLabel = "NAME=KEY,...", completionCandidates = GroupByExamples.class,
            converter = GroupingConverter.class,
            description = "A grouping, repeatable up to 3 times (default: by_tweet=tweet.id,engagement.type). "
                    + "Keys: tweet.id, engagement.type, and on 28hr/historical engagement.day, engagement.hour.")
    List<GroupingRequest> groupBy = new ArrayList<>();

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

    FetchSettings.RequestSettings settings() {
        return new FetchSettings.RequestSettings(metrics, groupBy, dryRun);
    }

    FetchSettings.TargetSettings target() {
        return new FetchSettings.TargetSettings(apiUrl, sandbox, allowInsecureHttp);
    }
}
