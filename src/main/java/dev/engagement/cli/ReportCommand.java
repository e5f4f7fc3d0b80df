package dev.engagement.cli;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.Endpoint;
import dev.engagement.app.ReportJob;
import dev.engagement.app.RunContext;
import dev.engagement.html.RunPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code engagement report INPUT -o report.html}: a self-contained HTML report of a result or a
 * journal; {@code engagement report --store TARGET -o report.html}: of the growth a snapshot store holds.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Write a self-contained HTML report of a result, a journal or a snapshot store.",
            "From a JSON result (-f json) or a run's journal: the run, totals and Top Tweets per metric, a "
                    + "curve per metric for day and hour groupings (with small charts of the top Tweets), bars "
                    + "for hour-of-day groupings, and the numbers under every chart.",
            "With --store instead of INPUT: each metric's growth across the store's complete snapshots of the "
                    + "period, and the fastest-growing Tweets per metric (as 'engagement growth' ranks them).",
            "One file, inline SVG and CSS, no script, nothing loaded from the network; sends no request."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement 28hr --sandbox samples/tweet-ids.txt -f json -o 28hr.json \\",
            "      -g hourly=tweet.id,engagement.type,engagement.day,engagement.hour",
            "  engagement report 28hr.json -o 28hr.html",
            "  engagement report run.journal --top 5 -o run.html",
            "  engagement report --store engagement.db --since 30d -o growth.html",
            "",
            ExitCode.HELP})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..1",
            description = "A JSON result written with -f json, or a journal (see 'engagement runs'); not with --store.")
    Path input;

    @Option(names = "--store", paramLabel = "TARGET",
            description = "Instead of INPUT: report the growth in this snapshot store, a SQLite file or a "
                    + "jdbc:postgresql:// URL (see 'engagement growth').")
    String store;

    @Option(names = "--since", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "With --store: the period, snapshots fetched this recently (default: "
                    + GrowthCommand.DEFAULT_SINCE + ").")
    Duration since;

    @Option(names = "--endpoint", paramLabel = "ENDPOINT",
            description = "With --store: snapshots of which fetch command, totals, 28hr or historical (default: totals).")
    String endpoint;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The HTML file to write ('-' for stdout).")
    Path output;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many Tweets to rank per metric (default: ${DEFAULT-VALUE}; 0 for none).")
    int top;

    @Option(names = "--multiples", paramLabel = "N", defaultValue = "6",
            description = "How many of the top Tweets get a small chart of their own, for the first three metrics "
                    + "(default: ${DEFAULT-VALUE}; 0 for none).")
    int multiples;

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 1)
    LoggingGroup logging = new LoggingGroup();

    private final RunContext ctx;

    ReportCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        if (top < 0 || multiples < 0) {
            throw EngagementException.usage("--top and --multiples take 0 or more.");
        }
        if ((input == null) == (store == null)) {
            throw EngagementException.usage(input == null
                    ? "Say what to report: name a JSON result or a journal, or give --store TARGET."
                    : "Give either INPUT or --store, not both: a report shows one result or one store.");
        }
        ReportJob job = new ReportJob(ctx, logging.verbosity());
        if (store != null) {
            Duration period = since != null ? since : new DurationConverter().convert(GrowthCommand.DEFAULT_SINCE);
            Endpoint of = GrowthCommand.endpoint(endpoint == null ? Endpoint.TOTALS.path() : endpoint);
            return job.run(new ReportJob.StoreInput(store, of, period), output, top).code();
        }
        if (since != null || endpoint != null) {
            throw EngagementException.usage("--since and --endpoint choose snapshots of a store: use them with --store.");
        }
        RunPage.Options options = new RunPage.Options(top, Math.min(multiples, top),
                RunPage.Options.DEFAULT.multipleMetrics());
        return job.run(input, output, options).code();
    }
}
