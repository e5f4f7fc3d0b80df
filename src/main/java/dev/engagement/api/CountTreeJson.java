package dev.engagement.api;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/** Reads and writes a {@link CountTree} as nested JSON objects. */
public final class CountTreeJson {
    private CountTreeJson() {
    }

    /** Reads an object into {@code node}; counts may be strings or numbers, never through a double. */
    public static void read(JsonReader r, CountTree node) throws IOException {
        r.beginObject();
        while (r.hasNext()) {
            String key = r.nextName();
            JsonToken t = r.peek();
            if (t == JsonToken.BEGIN_OBJECT) {
                read(r, node.childOrCreate(key));
            } else if (t == JsonToken.STRING || t == JsonToken.NUMBER) {
                node.addCount(key, parseCount(r.nextString()));
            } else {
                throw new MalformedResponseException("unexpected " + t + " at " + r.getPath());
            }
        }
        r.endObject();
    }

    /** A count as the API sends it, a string or a number of decimal digits, maybe padded with spaces. */
    static long parseCount(String s) {
        int n = s.length();
        if (n == 0 || n > 18 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return Long.parseLong(s.trim());
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return Long.parseLong(s.trim());
            }
            v = v * 10 + d;
        }
        return v;
    }

    /**
     * The tree as compact JSON, exactly as {@link #write} gives it through a compact {@link JsonWriter}, without
     * the writer's per-token bookkeeping: the text a journal record or a response holds.
     */
    public static String compact(CountTree tree, boolean countsAsStrings) {
        StringBuilder out = new StringBuilder(64 + tree.size() * 32);
        appendCompact(out, tree, countsAsStrings);
        return out.toString();
    }

    /** Appends {@link #compact}'s text to {@code out}. */
    public static void appendCompact(StringBuilder out, CountTree tree, boolean countsAsStrings) {
        out.append('{');
        for (int i = 0, n = tree.size(); i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            quote(out, tree.keyAt(i));
            out.append(':');
            if (tree.isCountAt(i)) {
                if (countsAsStrings) {
                    out.append('"').append(tree.countAt(i)).append('"');
                } else {
                    out.append(tree.countAt(i));
                }
            } else {
                appendCompact(out, tree.childAt(i), countsAsStrings);
            }
        }
        out.append('}');
    }

    /** A JSON string with the escapes Gson's writer uses (not HTML-safe): quotes, backslashes, controls, U+2028/9. */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        int from = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            String escape;
            if (c == '"') {
                escape = "\\\"";
            } else if (c == '\\') {
                escape = "\\\\";
            } else if (c < 0x20) {
                escape = switch (c) {
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\f' -> "\\f";
                    default -> String.format("\\u%04x", (int) c);
                };
            } else {
                escape = String.format("\\u%04x", (int) c);
            }
            out.append(s, from, i).append(escape);
            from = i + 1;
        }
        if (from == 0) {
            out.append(s); // nothing escaped, the usual case: one copy of the whole string
        } else {
            out.append(s, from, s.length());
        }
        out.append('"');
    }

    /** Writes the tree; the API sends counts as strings, our output as numbers. */
    public static void write(JsonWriter w, CountTree tree, boolean countsAsStrings) throws IOException {
        w.beginObject();
        for (int i = 0, n = tree.size(); i < n; i++) {
            w.name(tree.keyAt(i));
            if (tree.isCountAt(i)) {
                if (countsAsStrings) {
                    w.value(Long.toString(tree.countAt(i)));
                } else {
                    w.value(tree.countAt(i));
                }
            } else {
                write(w, tree.childAt(i), countsAsStrings);
            }
        }
        w.endObject();
    }
}
