package dev.engagement.cli;

import dev.engagement.EngagementException;
import dev.engagement.app.FetchSettings;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options for the run's journal: where it is, whether to resume it, or to keep none. */
public final class JournalGroup {
    @Option(names = {"--journal", "--checkpoint"}, paramLabel = "FILE",
            description = "Record each completed batch in FILE (default: one file per command under "
                    + "$XDG_STATE_HOME/engagement/runs/, else ~/.local/state/engagement/runs/).")
    Path file;

    @Option(names = "--no-journal", description = "Keep no journal on disk: a run that stops cannot be resumed.")
    boolean off;

    @Option(names = {"--fresh", "--force"}, description = "Start over: do not resume the journal of this command.")
    boolean fresh;

    @Option(names = "--resume-within", paramLabel = "DURATION", defaultValue = "24h", converter = DurationConverter.class,
            description = "Resume a journal of this command only if it was written this recently (default: "
                    + "${DEFAULT-VALUE}); an older one is started over, with a note.")
    Duration resumeWithin;

    FetchSettings.JournalSettings settings() {
        if (off && file != null) {
            throw EngagementException.usage("--no-journal and --journal contradict each other; give one of them.");
        }
        return new FetchSettings.JournalSettings(file, off, fresh, resumeWithin);
    }
}
