package dev.engagement.journal;

import dev.engagement.api.Grouping;
import dev.engagement.merge.BatchResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads indexed batch records of one journal back, each checked again: a journal changed since it was
 * opened is never trusted. The bytes of a record are read into one buffer kept between records.
 */
final class JournalReading {
    private final FileChannel channel;
    private final Path file;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    /** How many bytes of the record last read are its JSON. */
    private int jsonLength;

    JournalReading(FileChannel channel, Path file) {
        this.channel = channel;
        this.file = file;
    }

    BatchResult readBatch(BatchIndex index, int batch, List<Grouping> groupings, Set<String> wanted)
            throws IOException {
        String json = record(index, batch);
        try {
            return RecordCodec.readBatch(json, groupings, wanted);
        } catch (JournalLines.BadLine e) {
            throw changed(e);
        }
    }

    /** A grouping's counts: the JSON object at {@code start} in the text of a batch record. */
    record Counts(String record, int start) {
    }

    /** One grouping's counts in a batch record, as the compact JSON the record holds, or null when it has none. */
    Counts groupingJson(BatchIndex index, int batch, String grouping) throws IOException {
        String json = record(index, batch);
        try {
            int start = RecordCodec.groupingStart(json, grouping);
            return start < 0 ? null : new Counts(json, start);
        } catch (JournalLines.BadLine e) {
            throw changed(e);
        }
    }

    private IOException changed(JournalLines.BadLine e) {
        return new IOException("the journal " + file + " changed while in use: " + e.getMessage());
    }

    /** The JSON text of a batch's record, its checksum checked. */
    String record(BatchIndex index, int batch) throws IOException {
        return new String(recordBytes(index, batch), 0, jsonLength, StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a batch's record, its checksum checked: its JSON is the first {@link #jsonLength} of
     * them. The array is this reader's buffer, valid until the next record is read.
     */
    byte[] recordBytes(BatchIndex index, int batch) throws IOException {
        int length = index.length(batch);
        if (buffer.capacity() < length) {
            buffer = ByteBuffer.allocate(Math.max(length, buffer.capacity() * 2));
        }
        ByteBuffer buf = buffer.clear().limit(length);
        long position = index.offset(batch);
        while (buf.hasRemaining()) {
            int n = channel.read(buf, position + buf.position());
            if (n < 0) {
                throw new IOException("the journal " + file + " ended early: it was cut while in use");
            }
        }
        try {
            jsonLength = JournalLines.checkedLength(buf.array(), length);
        } catch (JournalLines.BadLine e) {
            throw changed(e);
        }
        return buf.array();
    }
}
