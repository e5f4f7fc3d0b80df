package dev.engagement.output;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Rows of named columns in any format, for listings and reports that are not a run's result: CSV
 * under one header, JSON (an array of objects) and JSON Lines streamed, a table (aligned, cut to the
 * terminal's width) once all rows are in. Number columns are JSON numbers and right-aligned; a
 * null cell is empty in CSV and tables, null in JSON.
 */
public final class RowsWriter {
    /** A column: its name, and whether its cells are numbers. Key columns come before number columns. */
    public record Column(String name, boolean number) {
    }

    private final Format format;
    private final List<Column> columns;
    private final Writer writer;
    private final int width;
    private final CSVPrinter csv;
    private final JsonWriter json;
    private final List<List<String>> table = new ArrayList<>();

    /** {@code format} null: a table on a terminal, JSON otherwise. */
    public RowsWriter(Format format, Stdout stdout, OutputStream out, List<Column> columns) throws IOException {
        this.format = ResultWriters.effectiveFormat(format, stdout.isTerminal());
        if (this.format == Format.table) {
            long numbers = columns.stream().filter(Column::number).count();
            if (columns.subList(0, (int) (columns.size() - numbers)).stream().anyMatch(Column::number)) {
                throw new IllegalArgumentException("key columns come first: " + columns);
            }
        }
        this.columns = List.copyOf(columns);
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.width = stdout.isTerminal() ? stdout.width() : Integer.MAX_VALUE;
        this.csv = this.format == Format.csv ? new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get()) : null;
        if (this.format == Format.json) {
            json = new JsonWriter(writer);
            if (stdout.isTerminal()) {
                json.setIndent("  ");
            }
            json.beginArray();
        } else {
            json = null;
        }
    }

    public void row(List<String> cells) throws IOException {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
        switch (format) {
            case csv -> csv.printRecord(cells.stream().map(c -> c == null ? "" : c).toList());
            case table -> table.add(cells.stream().map(c -> c == null ? "" : c).toList());
            case json -> object(json, cells);
            default -> {
                JsonWriter line = new JsonWriter(writer);
                object(line, cells);
                line.flush();
                writer.write('\n');
            }
        }
    }

    private void object(JsonWriter w, List<String> cells) throws IOException {
        w.beginObject();
        for (int i = 0; i < cells.size(); i++) {
            w.name(columns.get(i).name());
            String c = cells.get(i);
            if (c == null) {
                w.nullValue();
            } else if (columns.get(i).number()) {
                w.jsonValue(c);
            } else {
                w.value(c);
            }
        }
        w.endObject();
    }

    /** Writes what is left (the table, the closing bracket) and flushes; a failed write is an IOException. */
    public void finish() throws IOException {
        if (format == Format.table) {
            int keys = (int) columns.stream().filter(c -> !c.number()).count();
            PrintWriter out = new PrintWriter(writer);
            new TextTable(columns.stream().map(Column::name).toList(), keys, width).print(out, table, false);
            out.flush();
            if (out.checkError()) {
                throw new IOException("the table could not be written");
            }
        } else if (format == Format.json) {
            json.endArray();
            json.flush();
            writer.write('\n');
        }
        writer.flush();
    }
}
