package dev.engagement.json;

/**
 * Lays out compact JSON as Gson's pretty writer does with the same indent: each member and element on
 * its own line, {@code ": "} after names, empty objects and arrays as {@code {}} and {@code []}. So a value
 * copied into an indented document reads as if the document's writer had written it.
 */
public final class PrettyJson {
    private PrettyJson() {
    }

    /**
     * The value in {@code s} from {@code start} to {@code end}, laid out for a place {@code depth} containers
     * deep (its own members one indent further in).
     */
    public static String indent(CharSequence s, int start, int end, int depth, String indent) {
        StringBuilder out = new StringBuilder((end - start) * 2);
        int level = depth;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> {
                    int from = i;
                    for (i++; s.charAt(i) != '"'; i++) {
                        if (s.charAt(i) == '\\') {
                            i++;
                        }
                    }
                    out.append(s, from, i + 1);
                }
                case '{', '[' -> {
                    int next = i + 1;
                    while (next < end && Character.isWhitespace(s.charAt(next))) {
                        next++;
                    }
                    char close = c == '{' ? '}' : ']';
                    if (next < end && s.charAt(next) == close) {
                        out.append(c).append(close);
                        i = next;
                    } else {
                        out.append(c);
                        newline(out, ++level, indent);
                    }
                }
                case '}', ']' -> {
                    newline(out, --level, indent);
                    out.append(c);
                }
                case ',' -> {
                    out.append(',');
                    newline(out, level, indent);
                }
                case ':' -> out.append(": ");
                case ' ', '\t', '\n', '\r' -> {
                    // the layout is ours
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder out, int level, String indent) {
        out.append('\n');
        for (int i = 0; i < level; i++) {
            out.append(indent);
        }
    }
}
