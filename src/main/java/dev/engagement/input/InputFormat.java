package dev.engagement.input;

import java.io.BufferedReader;
import java.io.IOException;

/** The kinds of input file, told apart by their content so that file names do not matter. */
enum InputFormat {
    /** One ID or Tweet link per line. */
    TEXT,
    /** Comma-separated values with a header line. */
    CSV,
    /** Tab-separated values with a header line. */
    TSV,
    /** Tweets or API responses: one JSON document, or several (NDJSON). */
    JSON;

    /** Enough text to get past any leading comment lines to the first line that matters. */
    private static final int HEAD_CHARACTERS = 1 << 16;
    private static final String ZIP_MAGIC = "PK\u0003\u0004";

    /** Looks at the start of {@code reader} without consuming it. */
    static InputFormat detect(BufferedReader reader) throws IOException {
        reader.mark(HEAD_CHARACTERS);
        char[] head = new char[HEAD_CHARACTERS];
        int length = 0;
        for (int read; length < head.length && (read = reader.read(head, length, head.length - length)) > 0; ) {
            length += read;
        }
        reader.reset();
        return ofHead(new String(head, 0, length));
    }

    /**
     * JSON starts with '[' or '{'. Otherwise the first line that is neither blank nor a comment
     * decides: a header of several tab- or comma-separated fields, one of which starts like a name,
     * makes TSV or CSV. A bare ID, a Tweet link, or a spreadsheet-mangled number such as
     * "1,26029E+18" (which has a comma but no name) leaves plain text.
     */
    static InputFormat ofHead(String head) {
        if (head.startsWith(ZIP_MAGIC)) {
            throw new InputSyntaxException(1, "this is a ZIP archive or an Excel workbook, not text;"
                    + " save it as CSV or as plain text with one ID per line.");
        }
        String content = head.strip();
        if (content.startsWith("[") || content.startsWith("{")) {
            return JSON;
        }
        String firstLine = firstMeaningfulLine(head);
        if (isHeader(firstLine, '\t')) {
            return TSV;
        }
        if (isHeader(firstLine, ',')) {
            return CSV;
        }
        return TEXT;
    }

    IdRecords open(BufferedReader reader, InputOptions options) {
        return switch (this) {
            case TEXT -> new TextIdRecords(reader); // cuts its own lines, and bounds them as BoundedLines does
            case CSV -> new DelimitedIdRecords(bounded(reader), ',', options.idColumn());
            case TSV -> new DelimitedIdRecords(bounded(reader), '\t', options.idColumn());
            case JSON -> new JsonIdRecords(bounded(reader), options.originals());
        };
    }

    private BufferedReader bounded(BufferedReader reader) {
        return new BufferedReader(new BoundedLines(reader, this == JSON), 1 << 16);
    }

    private static String firstMeaningfulLine(String head) {
        // Line by line from the start: the head holds thousands of lines, and the first with content decides.
        for (int start = 0; start < head.length(); ) {
            int end = start;
            while (end < head.length() && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            String stripped = head.substring(start, end).strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return stripped;
            }
            start = end + 1;
        }
        return "";
    }

    private static boolean isHeader(String line, char delimiter) {
        if (line.indexOf(delimiter) < 0 || line.contains("://")) {
            return false;
        }
        for (String field : line.split(String.valueOf(delimiter))) {
            String name = field.strip();
            if (name.startsWith("\"")) {
                name = name.substring(1);
            }
            if (!name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
                return true;
            }
        }
        return false;
    }
}
