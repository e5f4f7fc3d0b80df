package dev.engagement.json;

import java.io.IOException;

/**
 * Spans of well-formed JSON text: where the value at an index ends, and an object's members with the
 * span of each value. The text must be valid JSON (the journal's records are, checked by their
 * checksums); text that is not is reported as an {@link IllegalArgumentException}.
 */
public final class JsonSpans {
    private JsonSpans() {
    }

    /** Told each member of an object: its name, unescaped, and where its value starts and ends. */
    @FunctionalInterface
    public interface MemberVisitor {
        void member(String name, int valueStart, int valueEnd) throws IOException;
    }

    /** The index just past the value starting at {@code from} (after any whitespace). */
    public static int valueEnd(CharSequence s, int from) {
        int i = skipSpace(s, from);
        char c = at(s, i);
        if (c == '"') {
            return stringEnd(s, i);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            for (int n = s.length(); i < n; i++) {
                c = s.charAt(i);
                if (c == '"') {
                    i = stringEnd(s, i) - 1;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i + 1;
                }
            }
            throw new IllegalArgumentException("the JSON text ends inside a value");
        }
        int start = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        if (i == start) {
            throw new IllegalArgumentException("no JSON value at " + start);
        }
        return i;
    }

    /** Visits the members of the object starting at {@code from}, in order; returns the index past it. */
    public static int members(CharSequence s, int from, MemberVisitor visitor) throws IOException {
        return walk(s, from, visitor, null);
    }

    /** Where the value of the member {@code name} of the object at {@code from} starts, or -1. */
    public static int member(CharSequence s, int from, String name) throws IOException {
        return walk(s, from, null, name);
    }

    private static int walk(CharSequence s, int from, MemberVisitor visitor, String wanted) throws IOException {
        int i = skipSpace(s, from);
        if (at(s, i) != '{') {
            throw new IllegalArgumentException("no JSON object at " + i);
        }
        i = skipSpace(s, i + 1);
        if (at(s, i) == '}') {
            return wanted == null ? i + 1 : -1;
        }
        while (true) {
            if (at(s, i) != '"') {
                throw new IllegalArgumentException("no member name at " + i);
            }
            int nameEnd = stringEnd(s, i);
            String name = unquote(s, i, nameEnd);
            i = skipSpace(s, nameEnd);
            if (at(s, i) != ':') {
                throw new IllegalArgumentException("no ':' after a member name at " + i);
            }
            int valueStart = skipSpace(s, i + 1);
            if (wanted != null && wanted.equals(name)) {
                return valueStart;
            }
            int valueEnd = valueEnd(s, valueStart);
            if (visitor != null) {
                visitor.member(name, valueStart, valueEnd);
            }
            i = skipSpace(s, valueEnd);
            char c = at(s, i);
            if (c == '}') {
                return wanted == null ? i + 1 : -1;
            }
            if (c != ',') {
                throw new IllegalArgumentException("no ',' or '}' after a member at " + i);
            }
            i = skipSpace(s, i + 1);
        }
    }

    private static int stringEnd(CharSequence s, int quote) {
        for (int i = quote + 1, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("the JSON text ends inside a string");
    }

    /** The string whose quotes are at {@code start} and {@code end - 1}, escapes decoded. */
    private static String unquote(CharSequence s, int start, int end) {
        int from = start + 1;
        int to = end - 1;
        int slash = -1;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\\') {
                slash = i;
                break;
            }
        }
        if (slash < 0) {
            return s.subSequence(from, to).toString();
        }
        StringBuilder out = new StringBuilder(to - from);
        out.append(s, from, slash);
        for (int i = slash; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.subSequence(i + 1, i + 5).toString(), 16));
                    i += 4;
                }
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static int skipSpace(CharSequence s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    private static char at(CharSequence s, int i) {
        if (i >= s.length()) {
            throw new IllegalArgumentException("the JSON text ends early");
        }
        return s.charAt(i);
    }
}
