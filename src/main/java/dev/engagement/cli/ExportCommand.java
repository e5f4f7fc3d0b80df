package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.app.ExportJob;
import dev.engagement.app.RunContext;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code engagement export JOURNAL}: renders a run's journal again, without a request. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Render a run's journal again, in any format and with any Top-N, without sending a request.",
            "A journal whose run did not complete gives a partial result (\"partial\": true)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement runs",
            "  engagement export -f csv -o totals.csv \\",
            "      ~/.local/state/engagement/runs/totals-0123456789abcdef.journal",
            "  engagement export run.journal --top 20 -f table",
            "",
            ExitCode.HELP})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "JOURNAL", description = "The journal to render (see 'engagement runs').")
    Path journal;

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 1)
    OutputGroup output = new OutputGroup();

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 2)
    LoggingGroup logging = new LoggingGroup();

    private final RunContext ctx;

    ExportCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return new ExportJob(ctx, logging.verbosity(), logging.logFormat).run(journal, output.settings()).code();
    }
}
