package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Text;
import dev.engagement.console.LogFormat;
import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;
import dev.engagement.journal.JournalFile;
import dev.engagement.journal.JournalFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code engagement runs}: the journals of the default folder (or another), newest first, each with
 * its command, when it was last written, how many batches it holds and whether its run completed;
 * and removing them, by name or by the pruning policy.
 */
public final class RunsJob {
    /** What to do: list (neither), remove these files, or prune; {@code folder} null for the default. */
    public record Settings(Path folder, List<Path> remove, boolean prune) {
        public Settings {
            remove = List.copyOf(remove);
        }
    }

    private final RunContext ctx;
    private final Reporter reporter;

    public RunsJob(RunContext ctx, Verbosity verbosity, LogFormat logFormat) {
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), verbosity, ctx.colorOnStderr(), logFormat, ctx.clock());
    }

    public ExitCode run(Settings settings) throws IOException {
        Path folder = settings.folder() != null ? settings.folder() : JournalFiles.defaultFolder(ctx.env());
        if (!settings.remove().isEmpty()) {
            return remove(settings.remove());
        }
        if (folder == null) {
            throw EngagementException.usage("Cannot tell where the journals are: neither XDG_STATE_HOME nor HOME is "
                    + "set; name the folder with --dir.");
        }
        if (settings.prune()) {
            List<Path> removed = JournalFiles.prune(folder, ctx.clock().instant());
            reporter.note("Removed " + Text.count(removed.size(), "journal") + " from " + folder + " (completed runs are "
                    + "kept " + JournalFiles.KEEP_COMPLETE.toDays() + " days, others " + JournalFiles.KEEP_ANY.toDays()
                    + ").");
            return ExitCode.OK;
        }
        List<Path> files = JournalFiles.list(folder);
        if (files.isEmpty()) {
            reporter.note("No journals in " + folder + ".");
            return ExitCode.OK;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-20s  %-11s  %-10s  %s%n", "last written (UTC)", "batches", "state", "command / journal"));
        for (Path file : files) {
            sb.append(line(file));
        }
        ctx.out().write(sb.toString().getBytes(StandardCharsets.UTF_8));
        ctx.out().flush();
        return ExitCode.OK;
    }

    private static String line(Path file) {
        try (JournalFile journal = JournalFile.open(file)) {
            String state = journal.complete() ? "complete"
                    : journal.batchesFailed() > 0 ? journal.batchesFailed() + " failed"
                    : journal.stopReason() != null ? "stopped" : "incomplete";
            String batches = journal.batchesDone() + "/" + journal.header().plan().batches();
            return String.format("%-20s  %-11s  %-10s  engagement %s%n%34s%s%n",
                    journal.lastWritten().truncatedTo(ChronoUnit.SECONDS), batches, state,
                    String.join(" ", journal.header().origin().arguments()), "", file);
        } catch (EngagementException | IOException e) {
            return String.format("%-20s  %-11s  %-10s  %s%n", "?", "?", "unreadable", file + " (" + e.getMessage() + ")");
        }
    }

    private ExitCode remove(List<Path> files) throws IOException {
        for (Path file : files) {
            try (JournalFile journal = JournalFile.open(file)) {
                journal.header();
            }
            if (JournalFiles.inUse(file)) {
                throw EngagementException.usage("The journal " + file + " is in use by a run right now; remove it "
                        + "when that run has ended.");
            }
            Files.delete(file);
            reporter.note("Removed " + file + ".");
        }
        return ExitCode.OK;
    }
}
