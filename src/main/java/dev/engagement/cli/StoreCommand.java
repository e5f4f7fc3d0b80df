package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import dev.engagement.app.StoreJob;
import dev.engagement.output.Format;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code engagement store}: the snapshots runs recorded with --store. */
@Command(name = "store", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"The snapshot store: runs recorded with --store, one snapshot each (see 'engagement growth')."},
        subcommands = {StoreCommand.Add.class, StoreCommand.List.class, StoreCommand.Show.class,
            StoreCommand.Prune.class},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement store add --store engagement.db run.journal",
            "  engagement store list --store engagement.db",
            "  engagement store show --store engagement.db 3 -f csv",
            "  engagement store prune --store engagement.db --older-than 90d",
            "",
            ExitCode.HELP})
final class StoreCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command: add, list, show or prune.");
    }

    /** The options every store command shares. */
    static final class Common {
        @Option(names = "--store", paramLabel = "TARGET",
                description = "A SQLite file or a jdbc:postgresql:// URL (env ENGAGEMENT_STORE, or the profile's store).")
        String store;

        @ArgGroup(validate = false, heading = "%nProfile:%n", order = 8)
        ProfileGroup profile = new ProfileGroup();

        @ArgGroup(validate = false, heading = "%nLogging:%n", order = 9)
        LoggingGroup logging = new LoggingGroup();

        StoreJob.Where where() {
            return new StoreJob.Where(store, profile.choice());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Store runs from their journals (storing one twice adds nothing).")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "JOURNAL", arity = "1..*", description = "Journals of runs (see 'engagement runs').")
        java.util.List<Path> journals = new ArrayList<>();

        @Mixin
        Common common = new Common();

        private final RunContext ctx;

        Add(RunContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws Exception {
            return new StoreJob(ctx, common.logging.verbosity()).add(common.where(), journals).code();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "List the snapshots, oldest first, with their number of counts.")
    static final class List implements Callable<Integer> {
        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
                description = "table, csv, json or jsonl (default: table on a terminal, json otherwise).")
        Format format;

        @Mixin
        Common common = new Common();

        private final RunContext ctx;

        List(RunContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws Exception {
            return new StoreJob(ctx, common.logging.verbosity()).list(common.where(), format).code();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Print a snapshot's counts, one row per count (its details go to stderr).")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "The snapshot (see 'engagement store list').")
        long id;

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
                description = "table, csv, json or jsonl (default: table on a terminal, json otherwise).")
        Format format;

        @Mixin
        Common common = new Common();

        private final RunContext ctx;

        Show(RunContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws Exception {
            return new StoreJob(ctx, common.logging.verbosity()).show(common.where(), id, format).code();
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            sortOptions = false, usageHelpAutoWidth = true,
            description = "Remove old snapshots, by age, by number, or both.")
    static final class Prune implements Callable<Integer> {
        @Option(names = "--older-than", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Remove snapshots fetched longer ago than this (e.g. 90d).")
        Duration olderThan;

        @Option(names = "--keep", paramLabel = "N", description = "Keep only the newest N snapshots.")
        Integer keep;

        @Mixin
        Common common = new Common();

        private final RunContext ctx;

        Prune(RunContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws Exception {
            return new StoreJob(ctx, common.logging.verbosity()).prune(common.where(), olderThan, keep).code();
        }
    }
}
