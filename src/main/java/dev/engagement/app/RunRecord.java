package dev.engagement.app;

import dev.engagement.http.Traffic;
import dev.engagement.input.InputSummary;
import dev.engagement.journal.Journal;
import dev.engagement.merge.RunResult;
import dev.engagement.merge.TopTweets;
import java.time.Instant;

/**
 * What a fetch run has got to so far, filled in as it goes, for the report it gives when it ends
 * (however it ends: a part it never reached stays null).
 */
final class RunRecord {
    final Instant started;
    volatile InputSummary input;
    volatile Traffic traffic;
    volatile Journal journal;
    volatile RunResult result;
    volatile TopTweets top;
    /** The outputs were moved into place: the files at their paths are this run's. */
    volatile boolean outputsWritten;

    RunRecord(Instant started) {
        this.started = started;
    }
}
