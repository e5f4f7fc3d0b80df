package dev.engagement.input;

import dev.engagement.api.TweetIds;
import java.io.Reader;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Plain text: one ID or Tweet link per line. Blank lines, surrounding whitespace, surrounding double
 * quotes and {@code #} comments are ignored, and so is a header such as {@code tweet_id} on the first
 * line that has content.
 */
final class TextIdRecords implements IdRecords {
    /** The header words of ID lists: "tweet_id", "tweet_ids", "Tweet ID", "id", "id_str", "status_id"... */
    private static final Pattern HEADER = Pattern.compile("(?i)(tweet|status|post)?[ _]?ids?([ _]?str)?");
    /** What spreadsheets write into a cell whose formula failed: #N/A, #VALUE!, #REF!, #NAME?, #DIV/0!, #NUM!, #NULL!. */
    private static final Pattern SPREADSHEET_ERROR = Pattern.compile("#(N/A|VALUE!|REF!|NAME\\?|DIV/0!|NUM!|NULL!)",
            Pattern.CASE_INSENSITIVE);

    private final Reader reader;
    /**
     * Lines are cut out of this buffer: a line of digits, the common case, becomes an ID without a string
     * (see {@link #id}); other lines, and a line the buffer's end cuts, become strings for the clean-up below.
     */
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    /** The last line ended at a '\r': a '\n' right after it belongs to that line break. */
    private boolean afterCarriageReturn;
    /** The current line: {@code buffer[lineStart, lineEnd)}, or {@code spilled} when it was cut by the buffer's end. */
    private int lineStart;
    private int lineEnd;
    private StringBuilder spilled;
    private long line;
    private boolean contentSeen;
    private String candidate;
    /** The current record's ID when it is a line of digits, else {@link TweetIdSyntax#INVALID} with {@link #candidate}. */
    private long digitsId;
    private boolean digitsLine;

    TextIdRecords(Reader reader) {
        this.reader = reader;
    }

    @Override
    public boolean next() throws IOException {
        if (digitsLineAhead()) {
            return true;
        }
        while (readLine()) {
            line++;
            if (spilled == null) {
                // A valid ID is read in one pass; a line of digits that is none (zero, too long) is told apart after.
                long id = TweetIds.parse(buffer, lineStart, lineEnd);
                if (id != TweetIdSyntax.INVALID || isDigits(buffer, lineStart, lineEnd)) {
                    takeDigitsLine(id);
                    return true;
                }
            }
            digitsLine = false;
            String raw = spilled != null ? spilled.toString() : new String(buffer, lineStart, lineEnd - lineStart);
            if (isDigits(raw)) {
                contentSeen = true;
                candidate = raw;
                return true;
            }
            String cell = unquote(raw.strip());
            if (cell.startsWith("#") && SPREADSHEET_ERROR.matcher(cell).matches()) {
                candidate = cell;
                return true;
            }
            String value = unquote(withoutComment(raw).strip());
            if (value.isEmpty()) {
                continue;
            }
            boolean first = !contentSeen;
            contentSeen = true;
            if (first && HEADER.matcher(value).matches()) {
                continue;
            }
            candidate = value;
            return true;
        }
        return false;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public String candidate() {
        if (digitsLine && candidate == null) {
            candidate = new String(buffer, lineStart, lineEnd - lineStart);
        }
        return candidate;
    }

    @Override
    public long id() {
        return digitsLine ? digitsId : IdRecords.super.id();
    }

    /**
     * The common line, a line of digits whole in the buffer, read in the pass that finds its end; false,
     * with nothing consumed, for any other line, which {@link #readLine} and the clean-up then take.
     */
    private boolean digitsLineAhead() {
        int p = position;
        if (afterCarriageReturn && p < limit && buffer[p] == '\n') {
            p++;
        }
        int start = p;
        int end = Math.min(limit, start + TweetIds.MAX_DIGITS + 1);
        long value = 0;
        for (; p < end; p++) {
            int digit = buffer[p] - '0';
            if (digit < 0 || digit > 9) {
                break;
            }
            value = value * 10 + digit;
        }
        if (p == start || p >= end) {
            return false;
        }
        char c = buffer[p];
        if (c != '\n' && c != '\r') {
            return false;
        }
        afterCarriageReturn = c == '\r';
        position = p + 1;
        spilled = null;
        lineStart = start;
        lineEnd = p;
        line++;
        takeDigitsLine(TweetIds.ofDigits(value, p - start));
        return true;
    }

    /** The current line, {@code buffer[lineStart, lineEnd)}, is digits alone: {@code id}, or INVALID for none. */
    private void takeDigitsLine(long id) {
        contentSeen = true;
        digitsLine = true;
        digitsId = id;
        candidate = null;
    }

    /**
     * Cuts the next line out of the buffer (or into {@link #spilled} across a refill), as
     * {@link java.io.BufferedReader#readLine} splits lines: at '\n', '\r' or "\r\n". False at the end.
     */
    private boolean readLine() throws IOException {
        spilled = null;
        while (true) {
            if (position >= limit) {
                limit = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return spilled != null;
                }
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            for (int k = start; k < limit; k++) {
                char c = buffer[k];
                if (c == '\n' || c == '\r') {
                    afterCarriageReturn = c == '\r';
                    position = k + 1;
                    if (spilled != null) {
                        spilled.append(buffer, start, k - start);
                    } else {
                        lineStart = start;
                        lineEnd = k;
                    }
                    return true;
                }
            }
            if (spilled == null) {
                spilled = new StringBuilder(limit - start + 64);
            }
            if (spilled.length() + limit - start > BoundedLines.LIMIT) {
                throw BoundedLines.tooLong(line + 1, false);
            }
            spilled.append(buffer, start, limit - start);
            position = limit;
        }
    }

    private static boolean isDigits(char[] chars, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String problem() {
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** A line of digits only, the common case, needs none of the clean-up below. */
    private static boolean isDigits(String raw) {
        int n = raw.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A comment starts at a '#' that begins the line or follows whitespace, so "status/1#frag" keeps its '#'. */
    private static String withoutComment(String raw) {
        int hash = raw.indexOf('#');
        while (hash > 0 && !Character.isWhitespace(raw.charAt(hash - 1))) {
            hash = raw.indexOf('#', hash + 1);
        }
        return hash < 0 ? raw : raw.substring(0, hash);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).strip()
                : value;
    }
}
