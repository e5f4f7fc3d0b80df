package dev.engagement.html;

import java.util.List;

/** One part of a report: a titled group of parts, a table, a chart with its data table, or small multiples. */
public sealed interface Section {
    String title();

    /** A heading over parts, with an optional note under it. */
    record Part(String title, String note, List<Section> body) implements Section {
        public Part {
            body = List.copyOf(body);
        }
    }

    /** A table on its own (totals, a Top-N list). */
    record TableSection(String title, DataTable table) implements Section {
    }

    /** A chart and, under it, the table of the numbers it draws (for readers who want them, and screen readers). */
    record ChartSection(String title, Chart chart, DataTable data) implements Section {
    }

    /** Small charts side by side on one scale, and one table holding all their numbers. */
    record Multiples(String title, String note, List<ChartSection> charts, DataTable data) implements Section {
        public Multiples {
            charts = List.copyOf(charts);
        }
    }
}
