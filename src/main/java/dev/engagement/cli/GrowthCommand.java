package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.api.Endpoint;
import dev.engagement.app.GrowthJob;
import dev.engagement.app.RunContext;
import dev.engagement.output.Format;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code engagement growth}: which Tweets grew fastest between the snapshots of a period. */
@Command(name = "growth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Which Tweets grew fastest: per metric, the change between each Tweet's first and last "
                + "complete snapshot of the period, and the change per day."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement growth --store engagement.db",
            "  engagement growth --store engagement.db --since 30d \\",
            "      -m impressions --top 20 -f csv",
            "",
            ExitCode.HELP})
final class GrowthCommand implements Callable<Integer> {
    /** The period growth looks back over when --since is not given (here and in 'engagement report --store'). */
    static final String DEFAULT_SINCE = "7d";

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = DEFAULT_SINCE, converter = DurationConverter.class,
            description = "The period: snapshots fetched this recently (default: ${DEFAULT-VALUE}).")
    Duration since;

    @Option(names = {"-m", "--metric"}, paramLabel = "METRIC", split = ",",
            description = "Only these metrics (default: all the snapshots hold).")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Tweets per metric (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--endpoint", paramLabel = "ENDPOINT", defaultValue = "totals",
            description = "Snapshots of which fetch command: totals, 28hr or historical (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, json or jsonl (default: table on a terminal, json otherwise).")
    Format format;

    @Mixin
    StoreCommand.Common common = new StoreCommand.Common();

    private final RunContext ctx;

    GrowthCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return new GrowthJob(ctx, common.logging.verbosity()).run(new GrowthJob.Settings(common.where(),
                endpoint(endpoint), since, metrics, top, format)).code();
    }

    /** The endpoint --endpoint names (its path segment); one sentence when it names none. */
    static Endpoint endpoint(String path) {
        Endpoint e = Endpoint.fromPath(path);
        if (e == null) {
            throw dev.engagement.EngagementException.usage("--endpoint " + path + " is not a fetch command: use "
                    + "totals, 28hr or historical.");
        }
        return e;
    }
}
