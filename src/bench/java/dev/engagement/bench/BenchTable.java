package dev.engagement.bench;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one table the benchmark prints: rows of (section, measure, value, goal, verdict), as text and JSON. */
final class BenchTable {
    record Row(String section, String measure, String value, String goal, Boolean ok, String note) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> machine = new LinkedHashMap<>();

    void machine(String key, String value) {
        machine.put(key, value);
    }

    /** A row with a goal; {@code ok} null when the row has no goal. */
    void add(String section, String measure, String value, String goal, Boolean ok, String note) {
        Row r = new Row(section, measure, value, goal == null ? "" : goal, ok, note == null ? "" : note);
        rows.add(r);
        System.err.println("[bench] " + section + " | " + measure + " | " + value + (r.goal.isEmpty() ? "" : " | goal " + r.goal)
                + (ok == null ? "" : ok ? " | ok" : " | MISSED") + (r.note.isEmpty() ? "" : " | " + r.note));
    }

    void info(String section, String measure, String value, String note) {
        add(section, measure, value, null, null, note);
    }

    static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("engagement benchmark\n");
        for (Map.Entry<String, String> m : machine.entrySet()) {
            sb.append(f("  %-10s %s%n", m.getKey() + ":", m.getValue()));
        }
        sb.append('\n');
        String[] head = {"section", "measure", "value", "goal", "", "note"};
        int[] w = new int[head.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(head);
        for (Row r : rows) {
            cells.add(new String[] {r.section, r.measure, r.value, r.goal, r.ok == null ? "" : r.ok ? "ok" : "MISSED", r.note});
        }
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        for (int k = 0; k < cells.size(); k++) {
            String[] c = cells.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < c.length; i++) {
                line.append(i == 2 ? pad(c[i], w[i], true) : pad(c[i], w[i], false)).append(i < c.length - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < w.length; i++) {
                    rule.append("-".repeat(Math.max(1, w[i]))).append(i < w.length - 1 ? "  " : "");
                }
                sb.append(rule).append('\n');
            }
        }
        sb.append(goals());
        return sb.toString();
    }

    /** Every row that has a goal, once more: what it measured against the goal, met or not. */
    String goals() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"goal", "measure", "value", "met"});
        int met = 0;
        int all = 0;
        for (Row r : rows) {
            if (r.ok != null) {
                all++;
                met += r.ok ? 1 : 0;
                cells.add(new String[] {r.goal, r.measure, r.value, r.ok ? "yes" : "NO"});
            }
        }
        int[] w = new int[4];
        for (String[] c : cells) {
            for (int i = 0; i < c.length; i++) {
                w[i] = Math.max(w[i], c[i].length());
            }
        }
        StringBuilder sb = new StringBuilder(f("%nGoals: %d of %d met%n", met, all));
        for (int k = 0; k < cells.size(); k++) {
            String[] c = cells.get(k);
            sb.append(f("%s  %s  %s  %s", pad(c[0], w[0], false), pad(c[1], w[1], false), pad(c[2], w[2], true), c[3])
                    .stripTrailing()).append('\n');
            if (k == 0) {
                sb.append(f("%s  %s  %s  %s%n", "-".repeat(w[0]), "-".repeat(w[1]), "-".repeat(w[2]), "-".repeat(w[3])));
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int w, boolean right) {
        String sp = " ".repeat(Math.max(0, w - s.length()));
        return right ? sp + s : s + sp;
    }

    String json() throws IOException {
        StringWriter sw = new StringWriter();
        JsonWriter w = new JsonWriter(sw);
        w.setIndent("  ");
        w.beginObject();
        w.name("machine").beginObject();
        for (Map.Entry<String, String> m : machine.entrySet()) {
            w.name(m.getKey()).value(m.getValue());
        }
        w.endObject();
        w.name("rows").beginArray();
        for (Row r : rows) {
            w.beginObject().name("section").value(r.section).name("measure").value(r.measure).name("value").value(r.value)
                    .name("goal").value(r.goal);
            if (r.ok != null) {
                w.name("ok").value(r.ok);
            }
            w.name("note").value(r.note).endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
        return sw + "\n";
    }
}
