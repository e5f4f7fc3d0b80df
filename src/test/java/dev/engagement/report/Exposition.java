package dev.engagement.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A strict reader of the Prometheus text exposition format (0.0.4), as node_exporter's textfile
 * collector applies it: HELP and TYPE lines at most once per family and before its samples, the
 * samples of a family together, valid metric and label names, quoted and escaped label values, a
 * float value, no label set twice, a line feed at the end. Anything else is thrown as the line it is on.
 */
public final class Exposition {
    /** One sample. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private Exposition() {
    }

    public static List<Sample> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the text does not end with a line feed");
        }
        List<Sample> samples = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        Set<String> helped = new HashSet<>();
        Set<String> closed = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String current = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length - 1; n++) {
            String line = lines[n];
            String where = "line " + (n + 1) + " '" + line + "': ";
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] parts = line.split(" ", 4);
                if (parts.length >= 3 && (parts[1].equals("HELP") || parts[1].equals("TYPE"))) {
                    String family = parts[2];
                    requireName(family, where);
                    if (closed.contains(family) || family.equals(current)) {
                        throw new IllegalArgumentException(where + parts[1] + " after the family's samples");
                    }
                    if (parts[1].equals("TYPE")) {
                        if (parts.length != 4 || !Set.of("counter", "gauge", "histogram", "summary", "untyped")
                                .contains(parts[3]) || types.put(family, parts[3]) != null) {
                            throw new IllegalArgumentException(where + "a bad or repeated TYPE");
                        }
                    } else if (!helped.add(family)) {
                        throw new IllegalArgumentException(where + "a repeated HELP");
                    }
                }
                continue;
            }
            Sample s;
            try {
                s = sample(line, where);
            } catch (IndexOutOfBoundsException e) {
                throw new IllegalArgumentException(where + "the line ends inside its labels");
            }
            if (!s.name().equals(current)) {
                if (current != null) {
                    closed.add(current);
                }
                if (closed.contains(s.name())) {
                    throw new IllegalArgumentException(where + "the samples of " + s.name() + " are not together");
                }
                current = s.name();
            }
            if (!seen.add(s.name() + s.labels())) {
                throw new IllegalArgumentException(where + "the same label set twice");
            }
            samples.add(s);
        }
        return samples;
    }

    private static Sample sample(String line, String where) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
            i++;
        }
        String name = line.substring(0, i);
        requireName(name, where);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf('=', i);
                String label = line.substring(i, eq);
                if (!label.matches("[a-zA-Z_][a-zA-Z0-9_]*") || line.charAt(eq + 1) != '"') {
                    throw new IllegalArgumentException(where + "a bad label");
                }
                StringBuilder v = new StringBuilder();
                int j = eq + 2;
                for (; line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char e = line.charAt(++j);
                        if (e != '\\' && e != '"' && e != 'n') {
                            throw new IllegalArgumentException(where + "a bad escape");
                        }
                        v.append(e == 'n' ? '\n' : e);
                    } else {
                        v.append(c);
                    }
                }
                if (labels.put(label, v.toString()) != null) {
                    throw new IllegalArgumentException(where + "label " + label + " twice");
                }
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
            }
            i++;
        }
        String[] rest = line.substring(i).strip().split(" ");
        if (rest.length < 1 || rest.length > 2 || line.charAt(i) != ' ') {
            throw new IllegalArgumentException(where + "no value, or more than a value and a timestamp");
        }
        double value;
        try {
            value = switch (rest[0]) {
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                case "NaN" -> Double.NaN;
                default -> Double.parseDouble(rest[0]);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "the value is not a number");
        }
        return new Sample(name, labels, value);
    }

    private static void requireName(String name, String where) {
        if (!name.matches("[a-zA-Z_:][a-zA-Z0-9_:]*")) {
            throw new IllegalArgumentException(where + "'" + name + "' is not a metric name");
        }
    }
}
