package dev.engagement.input;

import dev.engagement.EngagementException;
import dev.engagement.api.TweetIds;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CheckedInputStream;
import java.util.zip.Checksum;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One file to read Tweet IDs from, under the name the user knows it by ("stdin" for the spooled
 * standard input). Opens it as text, whatever its compression and byte-order mark, and turns read
 * failures into messages that name it.
 */
record InputSource(String name, Path path) {
    private static final int BUFFER_BYTES = 1 << 16;

    /**
     * A read failure of the file itself, thrown unchecked so that parsers, which report their own
     * syntax errors as IOExceptions, cannot mistake it for one.
     */
    static final class ReadFailure extends UncheckedIOException {
        ReadFailure(IOException cause) {
            super(cause);
        }
    }

    /** Fails, naming the file, if it is missing, a directory or not readable. */
    void checkReadable() {
        if (Files.isDirectory(path)) {
            throw cannotRead("it is a directory");
        }
        if (!Files.exists(path)) {
            if (TweetIds.isValid(name) || TweetUrl.looksLikeUrl(name)) {
                throw EngagementException.usage("Cannot read " + name + ": no such file. Tweet IDs are read from "
                        + "files or stdin, not from the command line; to fetch this one, pipe it: echo " + name
                        + " | engagement totals (or 28hr, historical).");
            }
            throw cannotRead("no such file");
        }
        if (!Files.isReadable(path)) {
            throw cannotRead("permission denied");
        }
    }

    /** Opens the file and picks the parser for its content. */
    IdRecords openRecords(InputOptions options) throws IOException {
        return openRecords(options, null);
    }

    /** As {@link #openRecords(InputOptions)}, with every byte of the file going through {@code checksum} by close. */
    IdRecords openRecords(InputOptions options, Checksum checksum) throws IOException {
        InputStream raw = Files.newInputStream(path);
        InputStream counted = checksum == null ? raw : new CheckedInputStream(raw, checksum);
        BufferedReader reader = openText(counted);
        try {
            IdRecords records = InputFormat.detect(reader).open(reader, options);
            return checksum == null ? records : new Draining(records, counted);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The size and modification time now, with the given checksum. */
    SourceIdentity identity(long crc32c) {
        try {
            return new SourceIdentity(name, Files.size(path), Files.getLastModifiedTime(path).toMillis(), crc32c);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Refuses to go on when the file is not what the first pass read: it changed while the run was reading it. */
    void checkUnchanged(SourceIdentity first) {
        SourceIdentity now = identity(first.crc32c());
        if (now.size() != first.size() || now.modifiedMillis() != first.modifiedMillis()) {
            throw EngagementException.usage(name + " changed while the run was reading it (its size or modification "
                    + "time moved), so the IDs sent would not be the IDs checked; nothing more was sent. Let whatever "
                    + "writes it finish, or copy it first, and run again.");
        }
    }

    /** Records whose close reads what the parser left, so the checksum covers the whole file. */
    private record Draining(IdRecords records, InputStream bytes) implements IdRecords {
        @Override
        public boolean next() throws IOException {
            return records.next();
        }

        @Override
        public long line() {
            return records.line();
        }

        @Override
        public String candidate() {
            return records.candidate();
        }

        @Override
        public long id() {
            return records.id();
        }

        @Override
        public String problem() {
            return records.problem();
        }

        @Override
        public String caution() {
            return records.caution();
        }

        @Override
        public void close() throws IOException {
            try {
                bytes.transferTo(OutputStream.nullOutputStream());
            } finally {
                records.close();
            }
        }
    }

    /**
     * The error for the user when reading this source's records failed: a read failure names the
     * file, malformed content names the file and line.
     *
     * @param e a {@link ReadFailure}, another {@link IOException}, or an {@link InputSyntaxException}
     */
    EngagementException failure(Exception e) {
        if (e instanceof InputSyntaxException syntax) {
            return invalidAt(syntax.line(), syntax.getMessage());
        }
        IOException cause = e instanceof ReadFailure failure ? failure.getCause() : (IOException) e;
        if (cause instanceof NoSuchFileException) {
            return cannotRead("no such file");
        }
        if (cause instanceof AccessDeniedException) {
            return cannotRead("permission denied");
        }
        return cannotRead(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    EngagementException invalidAt(long line, String reason) {
        return EngagementException.usage(location(line) + ": " + reason);
    }

    String location(long line) {
        return name + ":" + line;
    }

    private EngagementException cannotRead(String reason) {
        return EngagementException.usage("Cannot read " + name + ": " + reason + ".");
    }

    private BufferedReader openText(InputStream file) throws IOException {
        InputStream raw = new BufferedInputStream(file, BUFFER_BYTES);
        try {
            InputStream content = isGzip(raw)
                    ? new FailureReporting(openGzip(raw), true)
                    : new FailureReporting(raw, false);
            BufferedInputStream bytes = new BufferedInputStream(content, BUFFER_BYTES);
            Charset charset = skipByteOrderMark(bytes);
            return new BufferedReader(new InputStreamReader(bytes, charset), BUFFER_BYTES);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static InputStream openGzip(InputStream raw) throws IOException {
        try {
            return new GZIPInputStream(raw, BUFFER_BYTES);
        } catch (EOFException | ZipException e) {
            throw damagedGzip(e);
        }
    }

    private static IOException damagedGzip(IOException e) {
        return new IOException("the gzip data is truncated or corrupt", e);
    }

    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        return gzip;
    }

    /** Consumes a byte-order mark if there is one and returns the charset it stands for; UTF-8 otherwise. */
    private static Charset skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xff && b1 == 0xfe) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0xfe && b1 == 0xff) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        return StandardCharsets.UTF_8;
    }

    /** Rethrows read failures as {@link ReadFailure}, saying so plainly when gzip data is damaged. */
    private static final class FailureReporting extends FilterInputStream {
        private final boolean gzip;

        FailureReporting(InputStream in, boolean gzip) {
            super(in);
            this.gzip = gzip;
        }

        @Override
        public int read() {
            try {
                return super.read();
            } catch (IOException e) {
                throw failure(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw failure(e);
            }
        }

        private ReadFailure failure(IOException e) {
            if (gzip && (e instanceof EOFException || e instanceof ZipException)) {
                return new ReadFailure(damagedGzip(e));
            }
            return new ReadFailure(e);
        }
    }
}
