package dev.engagement.app;

import dev.engagement.Text;
import dev.engagement.console.Reporter;
import dev.engagement.journal.Journal;
import dev.engagement.journal.JournalFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Which journal a run keeps: the file named with {@code --journal}, else one per command in the
 * default folder (old ones pruned first), else, with {@code --no-journal} or without a home to put
 * one in, a private temporary one that is gone when the run ends.
 */
final class RunJournal {
    private RunJournal() {
    }

    static Journal.Opened open(FetchSettings.JournalSettings settings, String endpoint, String fingerprint,
            RunContext ctx, Reporter reporter) throws IOException {
        Journal.Policy policy = new Journal.Policy(settings.fresh(), settings.resumeWithin(), ctx.clock());
        if (settings.file() != null) {
            return Journal.open(settings.file(), fingerprint, policy);
        }
        Path folder = settings.off() ? null : JournalFiles.defaultFolder(ctx.env());
        if (folder == null) {
            if (!settings.off()) {
                reporter.verbose("No journal is kept (neither XDG_STATE_HOME nor HOME is set): a run that stops cannot "
                        + "be resumed; name one with --journal FILE.");
            }
            return new Journal.Opened(Journal.temporary(ctx.clock()), Journal.Start.NEW, null);
        }
        List<Path> pruned = JournalFiles.prune(folder, ctx.clock().instant());
        if (!pruned.isEmpty()) {
            reporter.verbose("Removed " + Text.count(pruned.size(), "old journal") + " from " + folder + ".");
        }
        return Journal.open(JournalFiles.defaultFile(folder, endpoint, fingerprint), fingerprint, policy);
    }
}
