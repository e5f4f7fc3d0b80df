package dev.engagement.cli;

import dev.engagement.RunContext;
import dev.engagement.api.Endpoint;
import picocli.CommandLine.Command;

@Command(name = "totals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, showDefaultValues = false, usageHelpAutoWidth = true,
        description = "Lifetime totals per Tweet (up to 250 IDs per request).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement totals --sandbox samples/tweet-ids.txt",
            "  engagement totals -m favorites,retweets,replies -f csv -o totals.csv ids.txt",
            "  cut -d, -f1 export.csv | engagement totals --top 10 -f table",
            "",
            "Environment: ENGAGEMENT_CONSUMER_KEY, ENGAGEMENT_CONSUMER_SECRET, ENGAGEMENT_ACCESS_TOKEN,",
            "ENGAGEMENT_ACCESS_TOKEN_SECRET, ENGAGEMENT_BEARER_TOKEN, ENGAGEMENT_API_URL, NO_COLOR.",
            "",
            ExitCodes.HELP})
final class TotalsCommand extends FetchCommand {
    TotalsCommand(RunContext ctx) {
        super(ctx);
    }

    @Override
    Endpoint endpoint() {
        return Endpoint.TOTALS;
    }
}
