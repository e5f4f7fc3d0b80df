package dev.engagement.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.engagement.merge.BatchResult;
import dev.engagement.plan.IdBatch;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan finds every line, however long, wherever the chunks it reads end, and reads a completed journal's ends only. */
class JournalScanTest {
    @Test
    void linesLongerThanAChunkAndLinesAcrossChunksAreAllFound(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long.journal");
        List<IdBatch> batches = new ArrayList<>();
        for (int b = 1; b <= 40; b++) {
            List<String> ids = new ArrayList<>();
            for (int k = 0; k < 25 * b; k++) {
                ids.add(Long.toString(1995402775890749947L + 1000L * b + k));
            }
            batches.add(new IdBatch(b, ids, List.of()));
        }
        try (Journal journal = open(file, Journal.Start.NEW)) {
            journal.begin(header("x".repeat(150_000)));
            for (IdBatch batch : batches) {
                BatchResult failed = new BatchResult(List.of(BatchHashTest.GROUPING));
                failed.ids().markFailed(batch.tweetIds().subList(0, batch.number() % 2 == 0 ? 1 : 0));
                journal.record(batch, failed);
            }
        }
        try (Journal journal = open(file, Journal.Start.RESUMED)) {
            assertEquals(150_000, journal.previous().origin().arguments().get(0).length());
            for (IdBatch batch : batches) {
                BatchResult replayed = journal.replay(batch);
                if (batch.number() % 2 == 0) {
                    assertNull(replayed, "a failed batch is fetched again: " + batch.number());
                } else {
                    assertNotNull(replayed, "batch " + batch.number());
                }
            }
            assertEquals(20, journal.batchesDone());
        }
    }

    @Test
    void aCompletedJournalIsReadFromItsTwoEndsAndAnyOtherIsNot(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("done.journal");
        try (Journal journal = open(file, Journal.Start.NEW)) {
            journal.begin(header("a"));
            journal.record(BatchHashTest.IDS, new BatchResult(List.of(BatchHashTest.GROUPING)));
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertNull(JournalScan.ifCompleted(ch), "a run that did not end");
        }
        try (Journal journal = open(file, Journal.Start.RESUMED)) {
            journal.finish(false, "stopped");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertNull(JournalScan.ifCompleted(ch), "a run that stopped");
        }
        try (Journal journal = open(file, Journal.Start.RESUMED)) {
            journal.finish(true, null);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            JournalScan scan = JournalScan.ifCompleted(ch);
            assertNotNull(scan);
            assertEquals("fp", scan.header.origin().fingerprint());
            assertEquals(true, scan.ending.complete());
            assertEquals(Files.size(file), scan.validEnd);
        }
        Files.write(file, new byte[100], StandardOpenOption.APPEND);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            assertNull(JournalScan.ifCompleted(ch), "zeros after the end: read whole, which drops them");
        }
        open(file, Journal.Start.RESTARTED).close();
    }

    private static Journal open(Path file, Journal.Start expected) throws IOException {
        Journal.Opened opened = Journal.open(file, "fp", policy());
        assertEquals(expected, opened.start(), String.valueOf(opened.note()));
        return opened.journal();
    }

    private static Journal.Policy policy() {
        return new Journal.Policy(false, Duration.ofDays(1), BatchHashTest.CLOCK);
    }

    private static RunHeader header(String argument) {
        RunHeader h = BatchHashTest.header(BatchHash.CURRENT);
        return new RunHeader(new RunHeader.Origin("fp", BatchHashTest.CLOCK.instant(), "test", List.of(argument),
                List.of()), h.shape(), h.shown(), h.plan());
    }
}
