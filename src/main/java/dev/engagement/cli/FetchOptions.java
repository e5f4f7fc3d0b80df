package dev.engagement.cli;

import dev.engagement.api.Endpoint;
import dev.engagement.app.FetchJob;
import dev.engagement.app.FetchSettings;
import dev.engagement.app.RunContext;
import dev.engagement.plan.RangeRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The ID files and option groups every fetch command shares, mixed into each; each group yields one settings record. */
public final class FetchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files of Tweet IDs; '-' or none means stdin. To give one ID: echo ID | engagement ...")
    List<Path> files = new ArrayList<>();

    @ArgGroup(validate = false, heading = "%nInput:%n", order = 1)
    InputGroup input = new InputGroup();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 4)
    OutputGroup output = new OutputGroup();

    @ArgGroup(validate = false, heading = "%nReliability:%n", order = 5)
    ReliabilityGroup reliability = new ReliabilityGroup();

    @ArgGroup(validate = false, heading = "%nJournal:%n", order = 6)
    JournalGroup journal = new JournalGroup();

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 7)
    LoggingGroup logging = new LoggingGroup();

    @ArgGroup(validate = false, heading = "%nReports and monitoring:%n", order = 8)
    ReportGroup report = new ReportGroup();

    @ArgGroup(validate = false, heading = "%nAuthentication:%n", order = 9)
    AuthGroup auth = new AuthGroup();

    @ArgGroup(validate = false, heading = "%nStore:%n", order = 10)
    StoreGroup store = new StoreGroup();

    /**
     * Runs the fetch command of {@code endpoint} with its request options (the command declares them:
     * metrics and groupings differ by endpoint) over {@code range}, and returns its exit code.
     */
    int run(RunContext ctx, Endpoint endpoint, RequestGroup request, RangeRequest range) throws Exception {
        if (files.isEmpty() && ctx.stdinIsTerminal()) {
            throw new NoInputException(spec.commandLine());
        }
        List<String> names = files.stream().map(Path::toString).toList();
        FetchSettings settings = new FetchSettings(endpoint, names, input.options(), request.settings(), range,
                request.target(), auth.settings(), output.settings(), reliability.settings(), journal.settings(),
                logging.verbosity(), logging.progress, spec.commandLine().getParseResult().originalArgs(),
                new FetchSettings.ReportSettings(report.report, report.metricsFile, logging.logFormat),
                store.target);
        if (settings.verbosity().debug()) {
            LoggingGroup.enableHttpClientDebugLog();
        }
        return new FetchJob(settings, ctx).run().code();
    }
}
