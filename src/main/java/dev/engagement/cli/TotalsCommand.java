package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import dev.engagement.api.Endpoint;
import dev.engagement.plan.RangeRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "totals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, showDefaultValues = false, usageHelpAutoWidth = true,
        description = {"Lifetime totals per Tweet (up to 250 IDs per request).",
            "User context, or app-only auth when only public metrics are asked for (favorites, retweets, "
                    + "quote_tweets, replies, video_views)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement totals --sandbox samples/tweet-ids.txt",
            "  engagement totals -m favorites,retweets,replies -f csv -o totals.csv ids.txt",
            "  cut -d, -f1 export.csv | engagement totals --top 10 -f table",
            "  engagement totals --auth bearer -m favorites,retweets --dry-run ids.txt",
            "",
            HelpText.ENV_HEADING,
            HelpText.ENV_CONSUMER,
            HelpText.ENV_ACCESS,
            HelpText.ENV_BEARER,
            HelpText.ENV_API_URL,
            HelpText.ENV_PROFILE,
            HelpText.ENV_STATE,
            HelpText.ENV_NO_COLOR,
            "",
            ExitCode.HELP})
final class TotalsCommand implements Callable<Integer> {
    @Mixin
    FetchOptions fetch = new FetchOptions();

    @ArgGroup(validate = false, heading = "%nRequest:%n", order = 2)
    RequestGroup.Totals request = new RequestGroup.Totals();

    private final RunContext ctx;

    TotalsCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return fetch.run(ctx, Endpoint.TOTALS, request, RangeRequest.NONE);
    }
}
