package dev.engagement.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * RFC 4180 rows built as UTF-8 bytes, quoted as Commons CSV's format quotes them. A result's rows
 * repeat a few values (groupings, metrics, days, hours) thousands of times, so a short value's cell is
 * encoded once and copied after that; digits (Tweet IDs, counts) need no quotes and go in as they are.
 */
final class CsvRowBytes {
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /** Longer values (Tweet IDs, file names) recur rarely and are encoded each time. */
    private static final int CACHED_LENGTH = 16;
    private static final int CACHED_CELLS = 4096;
    /** A buffer grown past this for one large batch is not kept for the next. */
    private static final int KEPT_CAPACITY = 4 << 20;
    private static final int INITIAL_CAPACITY = 1 << 16;

    private final byte[] delimiter = FORMAT.getDelimiterString().getBytes(StandardCharsets.UTF_8);
    private final byte[] recordSeparator = FORMAT.getRecordSeparator().getBytes(StandardCharsets.UTF_8);
    private final Map<String, byte[]> firstCells = new HashMap<>();
    private final Map<String, byte[]> cells = new HashMap<>();
    /**
     * The cells of the values seen last, by instance: a tree's keys are a few instances (one per hour,
     * day, metric) met thousands of times, found here by a hash the string keeps and one comparison.
     */
    private static final int RECENT_BITS = 7;
    private final String[] recentValues = new String[1 << RECENT_BITS];
    private final byte[][] recentCells = new byte[1 << RECENT_BITS][];
    private final StringBuilder scratch = new StringBuilder();
    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int length;

    /** The cell of {@code value} in the first column. */
    byte[] firstCell(String value) {
        return encoded(value, true);
    }

    /** The cell of {@code value} in any column but the first: the delimiter, then the value, quoted where needed. */
    byte[] cell(String value) {
        int slot = (value.hashCode() * 0x9E3779B9) >>> (32 - RECENT_BITS);
        if (recentValues[slot] == value) {
            return recentCells[slot];
        }
        byte[] cell = encoded(value, false);
        recentValues[slot] = value;
        recentCells[slot] = cell;
        return cell;
    }

    private byte[] encoded(String value, boolean first) {
        if (value.length() > CACHED_LENGTH) {
            return encode(value, first);
        }
        Map<String, byte[]> cache = first ? firstCells : cells;
        byte[] known = cache.get(value);
        if (known == null) {
            if (cache.size() >= CACHED_CELLS) {
                cache.clear();
            }
            known = encode(value, first);
            cache.put(value, known);
        }
        return known;
    }

    private byte[] encode(String value, boolean first) {
        scratch.setLength(0);
        try {
            FORMAT.print(value, scratch, first);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return scratch.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends a cell made by {@link #firstCell} or {@link #cell}. */
    void append(byte[] cell) {
        ensure(cell.length);
        System.arraycopy(cell, 0, bytes, length, cell.length);
        length += cell.length;
    }

    /** Appends {@code value} as a cell after the first column. */
    void appendCell(String value) {
        if (isDigits(value)) {
            int n = value.length();
            ensure(delimiter.length + n);
            appendDelimiter();
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) value.charAt(i);
            }
        } else {
            append(cell(value));
        }
    }

    /** Appends a count as a cell after the first column. */
    void appendCount(long count) {
        if (count < 0) {
            append(encode(Long.toString(count), false));
            return;
        }
        ensure(delimiter.length + 19);
        appendDelimiter();
        if (count < 10) {
            bytes[length++] = (byte) ('0' + count);
            return;
        }
        int digits = 2;
        for (long bound = 100; digits < 19 && count >= bound; bound *= 10) {
            digits++;
        }
        length += digits;
        int at = length - 1;
        for (; count > Integer.MAX_VALUE; count /= 10) {
            bytes[at--] = (byte) ('0' + count % 10);
        }
        // The rest in int arithmetic, which divides faster.
        for (int rest = (int) count; at >= length - digits; rest /= 10) {
            bytes[at--] = (byte) ('0' + rest % 10);
        }
    }

    private void appendDelimiter() {
        if (delimiter.length == 1) {
            bytes[length++] = delimiter[0];
        } else {
            System.arraycopy(delimiter, 0, bytes, length, delimiter.length);
            length += delimiter.length;
        }
    }

    /** Ends the row. */
    void endRow() {
        append(recordSeparator);
    }

    /** Appends a whole row of these values. */
    void row(String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i == 0) {
                append(firstCell(values[0]));
            } else {
                appendCell(values[i]);
            }
        }
        endRow();
    }

    /** Writes the rows built so far in one write and starts over. */
    void writeTo(OutputStream out) throws IOException {
        if (length > 0) {
            out.write(bytes, 0, length);
            length = 0;
        }
        if (bytes.length > KEPT_CAPACITY) {
            bytes = new byte[INITIAL_CAPACITY];
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) length + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("CSV rows of more than 2 GiB in one batch");
            }
            bytes = java.util.Arrays.copyOf(bytes, (int) wanted);
        }
    }

    private static boolean isDigits(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
