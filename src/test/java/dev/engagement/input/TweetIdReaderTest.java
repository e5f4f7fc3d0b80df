package dev.engagement.input;

import java.util.PrimitiveIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.engagement.input.InputFixture.A;
import static dev.engagement.input.InputFixture.B;
import static dev.engagement.input.InputFixture.C;
import static dev.engagement.input.InputFixture.D;
import static dev.engagement.input.InputFixture.DEFAULTS;
import static dev.engagement.input.InputFixture.E;
import static dev.engagement.input.InputFixture.F;
import static dev.engagement.input.InputFixture.G;
import static dev.engagement.input.InputFixture.H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TweetIdReaderTest {
    @TempDir
    Path dir;

    @Test
    void mixesFormatsInOneRunAndKeepsFirstOccurrences() {
        InputFixture input = new InputFixture(dir);
        String text = input.write("ids.txt", A + "\n" + B + "\n");
        String csv = input.write("export.csv", "tweet_id,text\n" + B + ",dup\n" + C + ",new\n");
        String json = input.write("tweets.json", "[{\"id_str\":\"" + D + "\"},{\"id_str\":\"" + A + "\"}]");
        String links = input.writeGzip("links.txt.gz", "https://x.com/a/status/" + E + "\n");
        List<Long> ids = input.read(DEFAULTS, InputFixture.stdin(F + "\n" + C + "\n"), text, csv, "-", json, links);
        assertEquals(List.of(A, B, C, F, D, E), ids);
        assertEquals(List.of(9L, 6L, 3L, 0L, 0L), InputFixture.counts(input.summary));
    }

    @Test
    void formatIsDetectedFromContentNotFileName() {
        InputFixture input = new InputFixture(dir);
        String jsonNamedTxt = input.write("tweets.txt", "\n  [{\"id_str\":\"" + A + "\"}]");
        String csvNamedJson = input.write("export.json", "author,tweet_id\nnasa," + B + "\n");
        String textNamedCsv = input.write("ids.csv", C + "\n" + D + "\n");
        assertEquals(List.of(A, B, C, D), input.read(jsonNamedTxt, csvNamedJson, textNamedCsv));
    }

    @Test
    void readsStdinWhenNoSourceIsGivenAndDeletesItsCopyOnClose() throws Exception {
        List<Path> before = spoolFiles();
        InputFixture input = new InputFixture(dir);
        try (TweetIdReader reader = new TweetIdReader(List.of(), InputFixture.stdin(A + "\n" + B + "\n" + A + "\n"),
                DEFAULTS, input.warnings::add)) {
            assertEquals(List.of(3L, 2L, 1L, 0L, 0L), InputFixture.counts(reader.scan()));
            assertEquals(before.size() + 1, spoolFiles().size());
            assertEquals(List.of(A, B), InputFixture.drain(reader.ids()));
        }
        assertEquals(before, spoolFiles());
    }

    @Test
    void stdinCanBeGzippedAndHoldAnyFormat() {
        InputFixture input = new InputFixture(dir);
        byte[] gzipped = InputFixture.gzip("{\"data\":[{\"id\":\"" + A + "\"},{\"id\":\"" + B + "\"}]}");
        assertEquals(List.of(A, B), input.read(DEFAULTS, new ByteArrayInputStream(gzipped), "-"));
    }

    @Test
    void badLineOnStdinIsNamedStdin() {
        InputFixture input = new InputFixture(dir);
        String message = input.failure(DEFAULTS, InputFixture.stdin(A + "\n1.26029E+18\n"), "-");
        assertTrue(message.startsWith("stdin:2: \"1.26029E+18\" is in scientific notation"), message);
    }

    @Test
    void gzipVariantsOfEveryFormat() {
        InputFixture input = new InputFixture(dir);
        String text = input.writeGzip("ids.txt.gz", "\uFEFFtweet_id\r\n" + A + "\r\n");
        String csv = input.writeGzip("ids.csv.gz", "tweet_id,text\n" + B + ",\"multi\nline\"\n");
        String tsv = input.writeGzip("ids.tsv.gz", "tweet_id\tuser\n" + C + "\tnasa\n");
        String ndjson = input.writeGzip("tweets.ndjson.gz", "{\"id_str\":\"" + D + "\"}\n{\"id_str\":\"" + E + "\"}\n");
        String noSuffix = input.writeGzip("compressed-without-suffix", F + "\n");
        assertEquals(List.of(A, B, C, D, E, F), input.read(text, csv, tsv, ndjson, noSuffix));
    }

    @Test
    void truncatedGzipIsReportedAsSuch() {
        InputFixture input = new InputFixture(dir);
        StringBuilder many = new StringBuilder();
        for (long id = A; id < A + 5000; id++) {
            many.append(id).append('\n');
        }
        byte[] gzipped = InputFixture.gzip(many.toString());
        String file = input.write("ids.txt.gz", Arrays.copyOf(gzipped, gzipped.length / 2));
        assertEquals("Cannot read " + file + ": the gzip data is truncated or corrupt.", input.failure(file));
    }

    @Test
    void missingFileIsNamedAndNothingIsRead() {
        InputFixture input = new InputFixture(dir);
        String present = input.write("ids.txt", "not an id\n");
        ByteArrayInputStream stdin = new ByteArrayInputStream((A + "\n").getBytes());
        String message = input.failure(DEFAULTS, stdin, present, "-", "tweet-ids.txt");
        assertEquals("Cannot read tweet-ids.txt: no such file.", message);
        assertEquals(Long.toString(A).length() + 1, stdin.available(), "stdin must not have been read");
    }

    @Test
    void directoryIsNotAFile() {
        InputFixture input = new InputFixture(dir);
        assertEquals("Cannot read " + dir + ": it is a directory.", input.failure(dir.toString()));
    }

    @Test
    void inputWithoutIdsIsNotAnError() {
        InputFixture input = new InputFixture(dir);
        String empty = input.write("empty.txt", "");
        String onlyComments = input.write("comments.txt", "\uFEFF# nothing yet\r\n\r\ntweet_id\r\n");
        String emptyArray = input.write("empty.json", "[]");
        assertEquals(List.of(), input.read(empty, onlyComments, emptyArray));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), InputFixture.counts(input.summary));
        assertEquals(List.of(), input.read(DEFAULTS, InputFixture.stdin("")));
    }

    @Test
    void idsCanBeReadMoreThanOnceAndWithoutAnExplicitScan() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("ids.txt", G + "\n" + H + "\n" + G + "\n");
        try (TweetIdReader reader = new TweetIdReader(List.of(file), InputFixture.noStdin(), DEFAULTS, input.warnings::add)) {
            assertEquals(List.of(G, H), InputFixture.drain(reader.ids()));
            assertEquals(List.of(G, H), InputFixture.drain(reader.ids()));
            assertEquals(List.of(3L, 2L, 1L, 0L, 0L), InputFixture.counts(reader.scan()));
        }
    }

    @Test
    void iteratorSignalsItsEnd() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("ids.txt", A + "\n");
        try (TweetIdReader reader = new TweetIdReader(List.of(file), InputFixture.noStdin(), DEFAULTS, input.warnings::add)) {
            PrimitiveIterator.OfLong ids = reader.ids();
            assertTrue(ids.hasNext());
            assertTrue(ids.hasNext());
            assertEquals(A, ids.nextLong());
            assertFalse(ids.hasNext());
            assertThrows(java.util.NoSuchElementException.class, ids::next);
        }
    }

    @Test
    void closedReaderRefusesToScan() {
        InputFixture input = new InputFixture(dir);
        TweetIdReader reader = new TweetIdReader(List.of(input.write("ids.txt", A + "\n")), InputFixture.noStdin(),
                DEFAULTS, input.warnings::add);
        reader.close();
        reader.close();
        assertThrows(IllegalStateException.class, reader::scan);
    }

    @Test
    void stdinGivenTwiceIsReadOnce() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(A), input.read(DEFAULTS, InputFixture.stdin(A + "\n"), "-", "-"));
        assertEquals(List.of(2L, 1L, 1L, 0L, 0L), InputFixture.counts(input.summary));
    }

    private static List<Path> spoolFiles() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("engagement-input-" + ProcessHandle.current().pid() + "-")).sorted().toList();
        }
    }
}
