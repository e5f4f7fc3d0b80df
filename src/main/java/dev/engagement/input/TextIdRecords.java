package dev.engagement.input;

import java.io.BufferedReader;
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

    private final BufferedReader reader;
    private long line;
    private boolean contentSeen;
    private String candidate;

    TextIdRecords(BufferedReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean next() throws IOException {
        for (String raw; (raw = reader.readLine()) != null; ) {
            line++;
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
        return candidate;
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
