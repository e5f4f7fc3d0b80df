package dev.engagement.input;

import java.util.PrimitiveIterator;
import dev.engagement.EngagementException;
import dev.engagement.ExitCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Writes input files into a test's directory and reads them back through {@link TweetIdReader}. */
final class InputFixture {
    // Snowflake IDs of Tweets posted between January 2025 and June 2026.
    static final long A = 1879098681665491339L;
    static final long B = 1896260426183569883L;
    static final long C = 1925095481249768128L;
    static final long D = 1954304348023703475L;
    static final long E = 1983881592693994486L;
    static final long F = 2003922505174891697L;
    static final long G = 2008861709512221762L;
    static final long H = 2024164116984533956L;

    static final InputOptions DEFAULTS = new InputOptions(null, false, false);
    static final InputOptions SKIP_INVALID = new InputOptions(null, true, false);
    static final InputOptions ORIGINALS = new InputOptions(null, false, true);

    final Path dir;
    final List<String> warnings = new ArrayList<>();
    InputSummary summary;

    InputFixture(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code content} as UTF-8 and returns the path as a source argument. */
    String write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    String write(String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, content);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String writeGzip(String name, String content) {
        return write(name, gzip(content));
    }

    static byte[] gzip(String content) {
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text of more than twice {@link BoundedLines#LIMIT} characters with old Mac line breaks ("\r" alone):
     * {@code header}, then one line per ID of an ID and {@code rest}; the IDs go into {@code ids}.
     */
    static String carriageReturnLines(String header, String rest, List<Long> ids) {
        StringBuilder text = new StringBuilder(header);
        for (long id = A; text.length() <= 2 * BoundedLines.LIMIT; id += 7919) {
            text.append(id).append(rest).append('\r');
            ids.add(id);
        }
        return text.toString();
    }

    static InputStream stdin(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream noStdin() {
        return new ByteArrayInputStream(new byte[0]);
    }

    /** Scans and then reads all IDs; the summary is kept in {@link #summary}. */
    List<Long> read(InputOptions options, InputStream stdin, String... sources) {
        try (TweetIdReader reader = new TweetIdReader(Arrays.asList(sources), stdin, options, warnings::add)) {
            summary = reader.scan();
            return drain(reader.ids());
        }
    }

    List<Long> read(InputOptions options, String... sources) {
        return read(options, noStdin(), sources);
    }

    List<Long> read(String... sources) {
        return read(DEFAULTS, sources);
    }

    /** Asserts that scanning fails with the usage exit code and returns the message. */
    String failure(InputOptions options, InputStream stdin, String... sources) {
        try (TweetIdReader reader = new TweetIdReader(Arrays.asList(sources), stdin, options, warnings::add)) {
            EngagementException e = assertThrows(EngagementException.class, reader::scan);
            assertEquals(ExitCode.USAGE, e.exitCode());
            return e.getMessage();
        }
    }

    String failure(String... sources) {
        return failure(DEFAULTS, noStdin(), sources);
    }

    /** The counts of a summary, without the identities of the sources. */
    static List<Long> counts(InputSummary s) {
        return List.of(s.idsRead(), s.uniqueIds(), s.duplicates(), s.invalidSkipped(), s.suspectedRounded());
    }

    static List<Long> drain(PrimitiveIterator.OfLong ids) {
        List<Long> all = new ArrayList<>();
        while (ids.hasNext()) {
            all.add(ids.nextLong());
        }
        return all;
    }
}
