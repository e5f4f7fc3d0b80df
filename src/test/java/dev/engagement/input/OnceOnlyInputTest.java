package dev.engagement.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot be read twice, inputs that change while read, and inputs that never end a line. */
class OnceOnlyInputTest {
    static final InputOptions DEFAULTS = new InputOptions(null, false, false);

    @TempDir
    Path dir;

    static EngagementException usage(org.junit.jupiter.api.function.Executable run) {
        EngagementException e = assertThrows(EngagementException.class, run);
        assertEquals(ExitCode.USAGE, e.exitCode());
        return e;
    }

    @Test
    void aFifoIsReadOnceIntoAPrivateSpool() throws Exception {
        Path fifo = dir.resolve("ids.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write("1995402775890749947\n1995503902158087744\n1995402775890749947\n".getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        try (TweetIdReader reader = new TweetIdReader(List.of(fifo.toString()), InputStream.nullInputStream(), DEFAULTS,
                w -> { })) {
            assertEquals(2, reader.scan().uniqueIds());
            assertEquals(List.of(1995402775890749947L, 1995503902158087744L), InputFixture.drain(reader.ids()));
        }
        writer.join(10_000);
    }

    @Test
    void theCopyOfStdinIsReadableByItsOwnerOnly() throws Exception {
        try (TweetIdReader reader = new TweetIdReader(List.of(), new ByteArrayInputStream("20\n".getBytes()), DEFAULTS,
                w -> { })) {
            reader.scan();
            try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("engagement-input-")).toList()) {
                    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)), f.toString());
                }
            }
        }
    }

    @Test
    void aFileCutWhileTheRunReadsItIsRefusedBeforeItsIdsAreSent() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (long id = 1_000_000_000_000_000L; sb.length() < 400_000; id += 7) {
            sb.append(id).append('\n');
        }
        Path file = Files.writeString(dir.resolve("ids.txt"), sb);
        try (TweetIdReader reader = new TweetIdReader(List.of(file.toString()), InputStream.nullInputStream(), DEFAULTS,
                w -> { })) {
            reader.scan();
            PrimitiveIterator.OfLong ids = reader.ids();
            ids.nextLong();
            Files.writeString(file, sb.substring(0, 100_000) + "12345");
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
            EngagementException e = usage(() -> {
                while (ids.hasNext()) {
                    ids.nextLong();
                }
            });
            assertTrue(e.getMessage().contains("ids.txt changed while the run was reading it"), e.getMessage());
        }
    }

    @Test
    void aLineWithoutEndIsAFileLineErrorNotAnOutOfMemoryError() throws Exception {
        Path zeros = dir.resolve("zeros.txt");
        try (OutputStream out = Files.newOutputStream(zeros)) {
            out.write("20\n".getBytes());
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 3; i++) {
                out.write(block);
            }
        }
        EngagementException e = usage(() -> new InputFixture(dir).read(zeros.toString()));
        assertTrue(e.getMessage().startsWith(zeros + ":2: a line longer than"), e.getMessage());
    }

    @Test
    void devZeroIsRefusedWhileBeingCopied() {
        EngagementException e = usage(() -> {
            try (TweetIdReader reader = new TweetIdReader(List.of("/dev/zero"), InputStream.nullInputStream(), DEFAULTS,
                    w -> { })) {
                reader.scan();
            }
        });
        assertTrue(e.getMessage().startsWith("/dev/zero:1: a line longer than"), e.getMessage());
    }

    @Test
    void aSingleWordIsNoHeaderButAnInvalidId() {
        String message = new InputFixture(dir).failure(new InputFixture(dir).write("word.txt", "abc123\n"));
        assertTrue(message.contains("word.txt:1") && message.contains("\"abc123\""), message);
        String header = new InputFixture(dir).write("header.txt", "Tweet ID\n20\n");
        assertEquals(List.of(20L), new InputFixture(dir).read(header));
    }

    @Test
    void spreadsheetErrorValuesAreErrorsNotComments() {
        InputFixture input = new InputFixture(dir);
        String message = input.failure(input.write("sheet.txt", "20\n#N/A\n21\n"));
        assertTrue(message.contains("sheet.txt:2") && message.contains("spreadsheet's error value"), message);
        assertEquals(List.of(20L, 21L), input.read(input.write("comments.txt", "20\n# a comment\n21 # and another\n")));
    }
}
