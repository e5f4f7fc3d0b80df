package dev.engagement.journal;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The journal's lines: one JSON object each, then a tab and the CRC32C of the object's UTF-8 bytes,
 * so that a flipped byte anywhere is found. Three kinds of record: the header (first line), one per
 * batch, and an end record when a run ends; {@link HeaderCodec} and {@link RecordCodec} read and write them.
 */
final class JournalLines {
    static final int VERSION = 1;
    static final String HEADER = "journal";
    static final String BATCH = "batch";
    static final String END = "end";
    static final String COMPLETE = "complete";
    static final String STOPPED = "stopped";

    private JournalLines() {
    }

    /** The kind of a record and, for batches, the facts the index keeps. */
    record Peek(String kind, int batch, String idsHash, boolean failed) {
    }

    /** A line that is not what a journal line must be. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String reason) {
            super(reason);
        }
    }

    /** Ends the line being built: a tab, the CRC32C of its bytes so far, and a newline. */
    static void frame(LineBytes line) {
        CRC32C crc = new CRC32C();
        crc.update(line.array(), 0, line.length());
        line.write("\t" + hex8(crc.getValue()) + "\n");
    }

    /** How many of a line's bytes (without its newline) are its JSON, its checksum checked. */
    static int checkedLength(byte[] line, int length) throws BadLine {
        int tab = -1;
        for (int i = length - 1; i >= 0; i--) {
            if (line[i] == '\t') {
                tab = i;
                break;
            }
        }
        if (tab < 0 || length - tab - 1 != 8) {
            throw new BadLine("it has no checksum");
        }
        CRC32C crc = new CRC32C();
        crc.update(line, 0, tab);
        String expected = hex8(crc.getValue());
        String found = new String(line, tab + 1, 8, StandardCharsets.US_ASCII);
        if (!expected.equals(found)) {
            throw new BadLine("its checksum does not match its content (the file was changed or damaged)");
        }
        return tab;
    }

    /** How much of a line {@link #peek(byte[], int)} decodes first: a batch record's first members fit. */
    private static final int PEEK_BYTES = 256;

    /**
     * What kind of record the first {@code jsonLength} bytes of a line hold, decoding only as much of
     * it as the first members need (a batch record is mostly its counts).
     */
    static Peek peek(byte[] line, int jsonLength) throws BadLine {
        if (jsonLength > PEEK_BYTES) {
            try {
                return peek(new String(line, 0, PEEK_BYTES, StandardCharsets.UTF_8));
            } catch (BadLine e) {
                // The members the peek reads end past the prefix (or the line is bad): read it whole.
            }
        }
        return peek(new String(line, 0, jsonLength, StandardCharsets.UTF_8));
    }

    /** What kind of record a line holds, reading only its first members. */
    static Peek peek(String json) throws BadLine {
        try (JsonReader r = reader(json)) {
            r.beginObject();
            String kind = r.nextName();
            if (kind.equals(BATCH)) {
                int number = r.nextInt();
                String hash = null;
                boolean failed = false;
                while (r.hasNext() && (hash == null || !failed)) {
                    String name = r.nextName();
                    if (name.equals("ids")) {
                        hash = r.nextString();
                    } else if (name.equals("failed")) {
                        failed = r.nextBoolean();
                        break;
                    } else {
                        r.skipValue();
                    }
                }
                return new Peek(BATCH, number, hash, failed);
            }
            if (kind.equals(HEADER) || kind.equals(END)) {
                return new Peek(kind, -1, null, false);
            }
            throw new BadLine("it is not a journal record");
        } catch (IOException | RuntimeException e) {
            throw new BadLine("it is not a journal record (" + e.getMessage() + ")");
        }
    }

    static JsonReader reader(String json) {
        JsonReader r = new JsonReader(new StringReader(json));
        r.setStrictness(Strictness.STRICT);
        return r;
    }

    static void strings(JsonWriter w, String name, Collection<String> values) throws IOException {
        w.name(name).beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    static List<String> strings(JsonReader r) throws IOException {
        List<String> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            out.add(r.nextString());
        }
        r.endArray();
        return out;
    }

    /** A checksum as eight lower-case hex digits. */
    private static String hex8(long value) {
        return hex(value, 8);
    }

    /** The low {@code count} hex digits of {@code value}, lower case, zeros in front. */
    static String hex(long value, int count) {
        char[] digits = new char[count];
        for (int i = count - 1; i >= 0; i--) {
            digits[i] = Character.forDigit((int) (value & 0xF), 16);
            value >>>= 4;
        }
        return new String(digits);
    }
}
