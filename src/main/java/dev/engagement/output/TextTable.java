package dev.engagement.output;

import dev.engagement.Text;
import java.io.PrintWriter;
import java.util.List;

/**
 * Aligns cells into columns two spaces apart: key columns left-aligned, number columns
 * right-aligned. Columns that do not fit the width are left out, from the right, with a note
 * naming them; the key columns and the first number column are always shown.
 */
final class TextTable {
    private static final String GAP = "  ";

    private final List<String> header;
    private final int keyColumns;
    private final int maxWidth;

    TextTable(List<String> header, int keyColumns, int maxWidth) {
        this.header = header;
        this.keyColumns = keyColumns;
        this.maxWidth = maxWidth;
    }

    /** {@code lastIsTotal}: a rule is drawn above the last row. */
    void print(PrintWriter out, List<List<String>> rows, boolean lastIsTotal) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        int shown = columnsThatFit(widths);
        out.println(line(header, widths, shown));
        String rule = rule(widths, shown);
        out.println(rule);
        for (int r = 0; r < rows.size(); r++) {
            if (lastIsTotal && r == rows.size() - 1) {
                out.println(rule);
            }
            out.println(line(rows.get(r), widths, shown));
        }
        if (shown < widths.length) {
            wrap(out, "(" + Text.count(widths.length - shown, "column") + " cut to fit " + maxWidth + " characters: "
                    + String.join(", ", header.subList(shown, header.size()))
                    + "; widen the terminal, or use --format csv or json for all columns)");
        }
    }

    /** Prints a note in lines of at most the width, broken at spaces. */
    private void wrap(PrintWriter out, String note) {
        StringBuilder line = new StringBuilder();
        for (String word : note.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > maxWidth) {
                out.println(line);
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.println(line);
    }

    private int columnsThatFit(int[] widths) {
        int shown = 0;
        long used = 0;
        for (int w : widths) {
            long next = used + (shown > 0 ? GAP.length() : 0) + w;
            if (shown > 0 && next > maxWidth) {
                break;
            }
            used = next;
            shown++;
        }
        return Math.max(shown, Math.min(widths.length, keyColumns + 1));
    }

    private static String rule(int[] widths, int shown) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            sb.append(i > 0 ? GAP : "").append("-".repeat(widths[i]));
        }
        return sb.toString();
    }

    private String line(List<String> cells, int[] widths, int shown) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(GAP);
            }
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            sb.append(i < keyColumns ? c + pad : pad + c);
        }
        return sb.toString().stripTrailing();
    }
}
