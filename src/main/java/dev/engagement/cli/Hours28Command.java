package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import dev.engagement.api.Endpoint;
import dev.engagement.plan.RangeRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "28hr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"The last 28 hours, per hour or day if grouped so (up to 25 IDs per request).",
            "Needs user context: the Tweet owner's access token."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement 28hr --sandbox samples/tweet-ids.txt",
            "  engagement 28hr -m impressions,engagements --top 5 -f table ids.txt",
            "  engagement 28hr -f csv ids.txt \\",
            "      -g hourly=tweet.id,engagement.type,engagement.day,engagement.hour",
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
final class Hours28Command implements Callable<Integer> {
    @Mixin
    FetchOptions fetch = new FetchOptions();

    @ArgGroup(validate = false, heading = "%nRequest:%n", order = 2)
    RequestGroup.TimeSeries request = new RequestGroup.TimeSeries();

    private final RunContext ctx;

    Hours28Command(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return fetch.run(ctx, Endpoint.HOURS_28, request, RangeRequest.NONE);
    }
}
