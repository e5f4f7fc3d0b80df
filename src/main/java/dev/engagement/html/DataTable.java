package dev.engagement.html;

import java.util.List;

/** A table of text cells; {@code keyColumns} leading columns are labels, the others numbers (right-aligned). */
public record DataTable(List<String> header, int keyColumns, List<List<Cell>> rows) {
    public DataTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A cell's text and, for a link, where it goes (null otherwise). */
    public record Cell(String text, String href) {
        public static Cell of(String text) {
            return new Cell(text, null);
        }
    }
}
