package dev.engagement.app;

import dev.engagement.OrphanFiles;
import dev.engagement.input.TweetIdReader;
import dev.engagement.journal.Journal;
import java.nio.file.Path;

/** Removes the spooled inputs and temporary journals that killed runs left in the temporary folder. */
final class StaleTemporaries {
    private StaleTemporaries() {
    }

    static void remove() {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"));
        OrphanFiles.remove(dir, TweetIdReader.SPOOL_PREFIX);
        OrphanFiles.remove(dir, Journal.TEMP_PREFIX);
    }
}
