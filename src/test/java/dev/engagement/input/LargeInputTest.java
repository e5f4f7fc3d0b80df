package dev.engagement.input;

import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Millions of lines stream through both passes; only the set of distinct IDs is held. The
 * ten-million-line case takes about 7 seconds, too long for every build, so it runs only with
 * {@code -Dengagement.largeInputTest=true}.
 */
class LargeInputTest {
    /** Every tenth line repeats the ID written 1,000 lines before it. */
    private static final int REPEAT_EVERY = 10;
    private static final int REPEAT_DISTANCE = 1_000;
    private static final long FIRST_ID = InputFixture.A;
    private static final long ID_STEP = 7;

    @TempDir
    Path dir;

    @Test
    void oneMillionLines() throws IOException {
        readAndDeduplicate(1_000_000);
    }

    @Test
    @EnabledIfSystemProperty(named = "engagement.largeInputTest", matches = "true")
    void tenMillionLines() throws IOException {
        readAndDeduplicate(10_000_000);
    }

    private void readAndDeduplicate(int lines) throws IOException {
        Path file = dir.resolve("ids.txt");
        long distinct = writeIds(file, lines);

        try (TweetIdReader reader = new TweetIdReader(List.of(file.toString()), InputFixture.noStdin(),
                InputFixture.DEFAULTS, warning -> { })) {
            InputSummary summary = reader.scan();
            assertEquals(lines, summary.idsRead());
            assertEquals(distinct, summary.uniqueIds());
            assertEquals(lines - distinct, summary.duplicates());

            PrimitiveIterator.OfLong ids = reader.ids();
            long count = 0;
            while (ids.hasNext()) {
                long id = ids.nextLong();
                if (id != FIRST_ID + ID_STEP * count) {
                    assertEquals(FIRST_ID + ID_STEP * count, id, "ID number " + count + " in first-occurrence order");
                }
                count++;
            }
            assertEquals(distinct, count);
        }
    }

    /** Writes the n-th distinct ID as FIRST_ID + 7n, in order, with repeats; returns the number of distinct IDs. */
    private static long writeIds(Path file, int lines) throws IOException {
        long distinct = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int line = 0; line < lines; line++) {
                boolean repeat = line % REPEAT_EVERY == REPEAT_EVERY - 1 && distinct > REPEAT_DISTANCE;
                long id = FIRST_ID + ID_STEP * (repeat ? distinct - REPEAT_DISTANCE : distinct++);
                out.write(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
                out.write('\n');
            }
        }
        return distinct;
    }
}
