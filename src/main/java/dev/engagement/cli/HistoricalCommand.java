package dev.engagement.cli;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import dev.engagement.api.Endpoint;
import picocli.CommandLine.ArgGroup;
import dev.engagement.plan.RangeRequest;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "historical", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Any range within the last 365 days, per hour or day if grouped so.",
            "Up to 25 IDs per request; needs user context: the Tweet owner's access token."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement historical --sandbox --start 90d --dry-run samples/tweet-ids.txt",
            "  engagement historical --start 60d --end 30d ids.txt \\",
            "      -g daily=tweet.id,engagement.type,engagement.day",
            "  engagement historical --since-post 28d --top 10 ids.txt",
            "",
            "Ranges longer than 28 days are fetched in consecutive windows of at most 28 days and added up.",
            "",
            HelpText.ENV_HEADING,
            HelpText.ENV_CONSUMER,
            HelpText.ENV_ACCESS,
            HelpText.ENV_API_URL,
            HelpText.ENV_PROFILE,
            HelpText.ENV_STATE,
            HelpText.ENV_NO_COLOR,
            "",
            ExitCode.HELP})
final class HistoricalCommand implements Callable<Integer> {
    /** The time range, shown in help next to the request options. */
    static final class RangeGroup {
        @Option(names = "--start", paramLabel = "TIME",
                description = "Start (UTC): 2026-10-01T13:45:00Z, 2026-10-01, 202610011345, \"2026-10-01 13:45\" "
                        + "or 90d/36h/45m ago. Default: 28 days before --end.")
        String start;

        @Option(names = "--end", paramLabel = "TIME",
                description = "End (UTC), same forms. Default: now, or 28 days after --start.")
        String end;

        @Option(names = "--clamp",
                description = "Shorten a range that crosses the API's bounds (365 days back, 2014-09-01, now) "
                        + "instead of stopping.")
        boolean clamp;

        @Option(names = "--since-post", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Per Tweet, the window starting when it was posted (read from its ID), e.g. 28d. "
                        + "Replaces --start/--end.")
        Duration sincePost;

        RangeRequest request() {
            if (sincePost != null && (sincePost.isZero() || sincePost.isNegative())) {
                throw EngagementException.usage("--since-post needs a length longer than 0, such as 28d.");
            }
            return new RangeRequest(start, end, clamp, sincePost);
        }
    }

    @Mixin
    FetchOptions fetch = new FetchOptions();

    @ArgGroup(validate = false, heading = "%nRequest:%n", order = 2)
    RequestGroup.TimeSeries request = new RequestGroup.TimeSeries();

    @ArgGroup(validate = false, heading = "%nTime range:%n", order = 3)
    RangeGroup range = new RangeGroup();

    private final RunContext ctx;

    HistoricalCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return fetch.run(ctx, Endpoint.HISTORICAL, request, range.request());
    }
}
