package dev.engagement.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * CSV or TSV with a header line: IDs come from the column named by {@code --id-column}, or else from
 * the first of {@code tweet_id}, {@code id_str}, {@code id} that the header has (case-insensitive).
 * Quoted fields may hold delimiters and line breaks.
 */
final class DelimitedIdRecords implements IdRecords {
    private static final List<String> DEFAULT_ID_COLUMNS = List.of("tweet_id", "id_str", "id");
    private static final int COLUMNS_SHOWN = 12;
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\) (.*)", Pattern.DOTALL);

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String formatName;
    private final int idColumn;
    private final String idColumnName;
    private CSVRecord current;
    private long line;
    private String candidate;
    private String problem;

    DelimitedIdRecords(Reader reader, char delimiter, String requestedColumn) {
        formatName = delimiter == '\t' ? "TSV" : "CSV";
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IOException e) {
            throw new InputSource.ReadFailure(e);
        }
        records = parser.iterator();
        if (!nextRecord()) { // an empty file: no header, no records
            idColumn = -1;
            idColumnName = null;
            return;
        }
        CSVRecord header = current;
        idColumn = findIdColumn(header, requestedColumn);
        idColumnName = header.get(idColumn).strip();
    }

    @Override
    public boolean next() {
        while (idColumn >= 0 && nextRecord()) {
            if (isBlank(current)) {
                continue;
            }
            String value = idColumn < current.size() ? current.get(idColumn).strip() : "";
            candidate = value.isEmpty() ? null : value;
            problem = value.isEmpty() ? "no value in the " + idColumnName + " column." : null;
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
        return problem;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Reads the next record into {@link #current} and works out the line it starts on. */
    private boolean nextRecord() {
        try {
            if (!records.hasNext()) {
                return false;
            }
            current = records.next();
        } catch (InputSource.ReadFailure e) {
            throw e;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unparseable(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
        // The parser reports the line a record ends on; line breaks inside quoted fields lead back to its start.
        line = parser.getCurrentLineNumber() - lineBreaksIn(current);
        return true;
    }

    /** Commons CSV says "(startline 3) EOF reached before ..."; that start line is the one to show. */
    private InputSyntaxException unparseable(String parserMessage) {
        String message = parserMessage == null ? "" : parserMessage;
        Matcher startLine = START_LINE.matcher(message);
        long line = startLine.matches() ? Long.parseLong(startLine.group(1)) : parser.getCurrentLineNumber();
        String reason = startLine.matches() ? startLine.group(2) : message;
        if (reason.contains("EOF reached before encapsulated token finished")) {
            reason = "a quoted field that starts on this line has no closing quote";
        }
        return new InputSyntaxException(line, "cannot parse this " + formatName + ": " + reason + ".");
    }

    private int findIdColumn(CSVRecord header, String requestedColumn) {
        List<String> names = header.toList().stream().map(String::strip).collect(Collectors.toList());
        List<String> wanted = requestedColumn == null ? DEFAULT_ID_COLUMNS : List.of(requestedColumn.strip());
        for (String name : wanted) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
        }
        String columns = describeColumns(names);
        throw new InputSyntaxException(line, requestedColumn == null
                ? "the header has no tweet_id, id_str or id column (it has " + columns
                        + "); name the column that holds the IDs with --id-column."
                : "the header has no column named " + TweetIdSyntax.quote(requestedColumn.strip())
                        + " (it has " + columns + ").");
    }

    private static String describeColumns(List<String> names) {
        String shown = names.stream().limit(COLUMNS_SHOWN).map(TweetIdSyntax::quote).collect(Collectors.joining(", "));
        return names.size() > COLUMNS_SHOWN ? shown + " and " + (names.size() - COLUMNS_SHOWN) + " more" : shown;
    }

    /** Spreadsheets export trailing rows of empty cells such as ",,,"; they are not records. */
    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Counts CRLF, CR and LF each as one line break, as the parser does. */
    private static int lineBreaksIn(CSVRecord record) {
        int breaks = 0;
        for (String value : record) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    breaks++;
                }
            }
        }
        return breaks;
    }
}
