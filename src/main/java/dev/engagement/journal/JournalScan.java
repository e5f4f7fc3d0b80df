package dev.engagement.journal;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One pass over a journal file that checks every line and indexes the batch records: the header,
 * where each batch's last record is, how the run ended, and a torn last line to cut off (a run
 * killed while appending). Any other damaged line is an error naming the file and line.
 */
final class JournalScan {
    private static final int CHUNK = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** A line that is not what a journal line must be, by number. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        Damaged(long line, String reason) {
            super(reason);
            this.line = line;
        }
    }

    RunHeader header;
    final BatchIndex index = new BatchIndex();
    RecordCodec.Ending ending;
    /** Where the valid part ends; before {@code size} when the last line is torn or zeros follow it. */
    long validEnd;
    long size;
    boolean torn;
    Instant lastRecordAt;

    private JournalScan() {
    }

    /** The most of a file's end {@link #completedEnding} reads to find its last line. */
    private static final int TAIL = 4096;

    /**
     * The ending of a journal whose last line is a checked end record of a completed run, read from the
     * file's tail only; null when the last line is anything else.
     */
    static RecordCodec.Ending completedEnding(FileChannel channel) throws IOException {
        long size = channel.size();
        int n = (int) Math.min(size, TAIL);
        ByteBuffer tail = ByteBuffer.allocate(n);
        while (tail.hasRemaining() && channel.read(tail, size - n + tail.position()) > 0) {
            // read on until the tail is full
        }
        if (n < 2 || tail.hasRemaining() || tail.get(n - 1) != '\n') {
            return null;
        }
        byte[] bytes = tail.array();
        int from = n - 2;
        while (from >= 0 && bytes[from] != '\n') {
            from--;
        }
        if (from < 0 && n < size) {
            return null;
        }
        try {
            byte[] last = java.util.Arrays.copyOfRange(bytes, from + 1, n - 1);
            int jsonLength = JournalLines.checkedLength(last, last.length);
            if (!JournalLines.peek(last, jsonLength).kind().equals(JournalLines.END)) {
                return null;
            }
            RecordCodec.Ending ending = RecordCodec.readEnd(new String(last, 0, jsonLength, StandardCharsets.UTF_8));
            return ending.complete() ? ending : null;
        } catch (JournalLines.BadLine e) {
            return null;
        }
    }

    /**
     * The header and the ending of a journal whose run completed, read from the file's two ends only:
     * such a journal is never replayed, so its batches need no reading. Null when the last line is
     * anything else (the file is then read whole by {@link #of}).
     */
    static JournalScan ifCompleted(FileChannel channel) throws IOException {
        RecordCodec.Ending ending = completedEnding(channel);
        if (ending == null) {
            return null;
        }
        LineReader.Line first = new LineReader(channel).next();
        if (first == null || !first.complete()) {
            return null;
        }
        try {
            int headerLength = JournalLines.checkedLength(first.bytes(), first.length());
            JournalScan scan = new JournalScan();
            scan.header = HeaderCodec.readHeader(json(first, headerLength));
            scan.ending = ending;
            scan.lastRecordAt = ending.at();
            scan.size = channel.size();
            scan.validEnd = scan.size;
            return scan;
        } catch (JournalLines.BadLine e) {
            return null;
        }
    }

    /** Reads the whole file; an empty file has no header. */
    static JournalScan of(FileChannel channel, Path file) throws IOException, Damaged {
        JournalScan scan = new JournalScan();
        scan.size = channel.size();
        LineReader lines = new LineReader(channel);
        long lineNo = 0;
        for (LineReader.Line line; (line = lines.next()) != null; ) {
            lineNo++;
            if (!line.complete() || line.zeros()) {
                // The end of what was written: the zeros a run reserves ahead of its lines (see Journal), after
                // the line a crash cut short, if any, which may hold zeros where its bytes never reached the disk.
                if (line.complete() && !lines.zerosToEnd()) {
                    throw new Damaged(lineNo, "it holds zero bytes, which no journal line has");
                }
                scan.torn = !line.onlyZeros();
                break;
            }
            scan.accept(line, lineNo);
            scan.validEnd = line.offset() + line.length() + 1;
        }
        return scan;
    }

    private void accept(LineReader.Line line, long lineNo) throws Damaged {
        JournalLines.Peek peek;
        try {
            int jsonLength = JournalLines.checkedLength(line.bytes(), line.length());
            peek = JournalLines.peek(line.bytes(), jsonLength);
            if (lineNo == 1) {
                if (!peek.kind().equals(JournalLines.HEADER)) {
                    throw new JournalLines.BadLine("the first line is not a journal header");
                }
                header = HeaderCodec.readHeader(json(line, jsonLength));
                lastRecordAt = header.origin().created();
                return;
            }
            if (peek.kind().equals(JournalLines.HEADER)) {
                throw new JournalLines.BadLine("a second header");
            }
            if (peek.kind().equals(JournalLines.END)) {
                ending = RecordCodec.readEnd(json(line, jsonLength));
                lastRecordAt = ending.at();
                return;
            }
        } catch (JournalLines.BadLine e) {
            throw new Damaged(lineNo, e.getMessage());
        }
        if (peek.batch() < 1 || peek.idsHash() == null) {
            throw new Damaged(lineNo, "a batch record without its number or IDs");
        }
        // A batch after an end record: the run was resumed, so it has not ended (yet).
        ending = null;
        index.put(peek.batch(), line.offset(), line.length(), BatchIndex.parseHash(peek.idsHash()), peek.failed());
    }

    private static String json(LineReader.Line line, int jsonLength) {
        return new String(line.bytes(), 0, jsonLength, StandardCharsets.UTF_8);
    }

    /** Lines of a file read from its channel in chunks; a line keeps its offset and whether it ended in a newline. */
    private static final class LineReader {
        /** {@code zeros}: the line holds a zero byte; {@code onlyZeros}: nothing else. */
        record Line(long offset, byte[] bytes, int length, boolean complete, boolean zeros, boolean onlyZeros) {
        }

        private final FileChannel channel;
        private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        private long position;
        private byte[] line = new byte[CHUNK];
        private boolean eof;

        LineReader(FileChannel channel) {
            this.channel = channel;
            chunk.flip();
        }

        Line next() throws IOException {
            long start = position;
            int length = 0;
            boolean zeros = false;
            while (true) {
                if (!chunk.hasRemaining()) {
                    if (eof || !fill()) {
                        return length == 0 ? null : new Line(start, line, length, false, zeros, onlyZeros(length));
                    }
                }
                byte[] bytes = chunk.array();
                int from = chunk.position();
                int limit = chunk.limit();
                int i = from;
                while (i < limit) {
                    if (i + 8 <= limit && controlBytes((long) LONGS.get(bytes, i)) == 0) {
                        i += 8;
                        continue;
                    }
                    byte b = bytes[i];
                    if (b == '\n') {
                        break;
                    }
                    zeros |= b == 0;
                    i++;
                }
                int n = i - from;
                if (length + n > line.length) {
                    line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, length + n));
                }
                System.arraycopy(bytes, from, line, length, n);
                length += n;
                position += n;
                if (i < limit) {
                    chunk.position(i + 1);
                    position++;
                    return new Line(start, line, length, true, zeros, false);
                }
                chunk.position(limit);
            }
        }

        /**
         * The high bit of each byte of {@code w} below 0x20 (a newline, a zero, a tab...); zero when there is
         * none, which is all this scan needs to know to skip the eight bytes.
         */
        private static long controlBytes(long w) {
            return (w - 0x2020202020202020L) & ~w & 0x8080808080808080L;
        }

        private boolean onlyZeros(int length) {
            for (int i = 0; i < length; i++) {
                if (line[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Whether every byte from here to the end of the file is zero. */
        boolean zerosToEnd() throws IOException {
            while (chunk.hasRemaining() || !eof && fill()) {
                if (chunk.get() != 0) {
                    return false;
                }
                position++;
            }
            return true;
        }

        private boolean fill() throws IOException {
            chunk.clear();
            int n = channel.read(chunk, position);
            chunk.flip();
            if (n <= 0) {
                eof = true;
                return false;
            }
            return true;
        }
    }
}
