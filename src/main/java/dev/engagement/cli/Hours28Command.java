package dev.engagement.cli;

import dev.engagement.RunContext;
import dev.engagement.api.Endpoint;
import picocli.CommandLine.Command;

@Command(name = "28hr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "The last 28 hours, per hour or day if grouped so (up to 25 IDs per request; user context).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement 28hr --sandbox samples/tweet-ids.txt",
            "  engagement 28hr -g hourly=tweet.id,engagement.type,engagement.day,engagement.hour -f csv ids.txt",
            "",
            "Environment: ENGAGEMENT_CONSUMER_KEY, ENGAGEMENT_CONSUMER_SECRET, ENGAGEMENT_ACCESS_TOKEN,",
            "ENGAGEMENT_ACCESS_TOKEN_SECRET, ENGAGEMENT_API_URL, NO_COLOR.",
            "",
            ExitCodes.HELP})
final class Hours28Command extends FetchCommand {
    Hours28Command(RunContext ctx) {
        super(ctx);
    }

    @Override
    Endpoint endpoint() {
        return Endpoint.HOURS_28;
    }
}
