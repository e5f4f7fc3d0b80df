package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import dev.engagement.app.RunsJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code engagement runs}: lists the journals of earlier runs, and removes them. */
@Command(name = "runs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"List the journals of earlier runs: command, when, batches fetched of all, complete or not.",
            "Journals live in $XDG_STATE_HOME/engagement/runs/ (else ~/.local/state/engagement/runs/); completed ones "
                    + "are removed after 7 days, others after 30, when a fetch starts or with --prune."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement runs",
            "  engagement runs --remove \\",
            "      ~/.local/state/engagement/runs/totals-0123456789abcdef.journal",
            "  engagement runs --prune",
            "",
            ExitCode.HELP})
final class RunsCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "The folder of journals (default: as above).")
    Path dir;

    @Option(names = "--remove", paramLabel = "JOURNAL", arity = "1..*", description = "Remove these journals.")
    List<Path> remove = new ArrayList<>();

    @Option(names = "--prune", description = "Remove the journals past their time now.")
    boolean prune;

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 2)
    LoggingGroup logging = new LoggingGroup();

    private final RunContext ctx;

    RunsCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws Exception {
        return new RunsJob(ctx, logging.verbosity(), logging.logFormat).run(new RunsJob.Settings(dir, remove, prune)).code();
    }
}
