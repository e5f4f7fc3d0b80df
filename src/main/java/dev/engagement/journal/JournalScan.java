package dev.engagement.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One pass over a journal file that checks every line and indexes the batch records: the header,
 * where each batch's last record is, how the run ended, and a torn last line to cut off (a run
 * killed while appending). Any other damaged line is an error naming the file and line.
 */
final class JournalScan {
    private static final int CHUNK = 1 << 16;

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
        String json;
        JournalLines.Peek peek;
        try {
            json = JournalLines.unframe(line.bytes(), line.length());
            peek = JournalLines.peek(json);
            if (lineNo == 1) {
                if (!peek.kind().equals(JournalLines.HEADER)) {
                    throw new JournalLines.BadLine("the first line is not a journal header");
                }
                header = HeaderCodec.readHeader(json);
                lastRecordAt = header.origin().created();
                return;
            }
            if (peek.kind().equals(JournalLines.HEADER)) {
                throw new JournalLines.BadLine("a second header");
            }
            if (peek.kind().equals(JournalLines.END)) {
                ending = RecordCodec.readEnd(json);
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
            boolean other = false;
            while (true) {
                if (!chunk.hasRemaining()) {
                    if (eof || !fill()) {
                        return length == 0 ? null : new Line(start, line, length, false, zeros, !other);
                    }
                }
                byte b = chunk.get();
                position++;
                if (b == '\n') {
                    return new Line(start, line, length, true, zeros, false);
                }
                if (b == 0) {
                    zeros = true;
                } else {
                    other = true;
                }
                if (length == line.length) {
                    line = java.util.Arrays.copyOf(line, line.length * 2);
                }
                line[length++] = b;
            }
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
