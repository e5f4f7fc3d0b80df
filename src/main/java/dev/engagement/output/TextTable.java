package dev.engagement.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligns cells into columns: key columns left-aligned, number columns right-aligned, cut to a width with a note. */
final class TextTable {
    private final List<String> header;
    private final int keyColumns;
    private final int maxWidth;

    TextTable(List<String> header, int keyColumns, int maxWidth) {
        this.header = header;
        this.keyColumns = keyColumns;
        this.maxWidth = maxWidth;
    }

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
        int shown = 0;
        int used = 0;
        for (int w : widths) {
            if (shown > 0 && used + 2 + w > maxWidth) {
                break;
            }
            used += (shown > 0 ? 2 : 0) + w;
            shown++;
        }
        shown = Math.max(shown, Math.min(widths.length, keyColumns + 1));
        out.println(line(header, widths, shown));
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        out.println(line(rule, widths, shown));
        for (int r = 0; r < rows.size(); r++) {
            if (lastIsTotal && r == rows.size() - 1) {
                out.println(line(rule, widths, shown));
            }
            out.println(line(rows.get(r), widths, shown));
        }
        if (shown < widths.length) {
            out.println("(" + (widths.length - shown) + " more column(s) cut to fit " + maxWidth
                    + " characters; use --format csv or json for all of them)");
        }
    }

    private String line(List<String> cells, int[] widths, int shown) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            sb.append(i < keyColumns ? c + pad : pad + c);
        }
        return sb.toString().stripTrailing();
    }
}
