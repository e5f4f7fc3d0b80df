package dev.engagement.output;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares output with a reviewed file under {@code src/test/resources/golden/}. On a mismatch the
 * test fails with the differing lines and the actual output is saved under
 * {@code target/golden-actual/}; run with {@code -Dgolden.update=true} to accept it instead.
 */
final class Golden {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Path ACTUAL = Path.of("target", "golden-actual");
    private static final int CONTEXT = 2;
    private static final int MAX_SHOWN = 30;

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        try {
            Path golden = GOLDEN.resolve(name);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
            if (actual.equals(expected)) {
                return;
            }
            Files.createDirectories(ACTUAL);
            Files.writeString(ACTUAL.resolve(name), actual, StandardCharsets.UTF_8);
            fail(expected == null ? "no golden file " + golden + "; actual output saved to " + ACTUAL.resolve(name)
                    + " (review it, then run with -Dgolden.update=true)"
                    : name + " differs from " + golden + " (actual saved to " + ACTUAL.resolve(name)
                            + "; -Dgolden.update=true accepts it):\n" + diff(expected, actual));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line diff (longest common subsequence) in hunks: "-" expected only, "+" actual only, two lines of context. */
    static String diff(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        int[][] lcs = new int[e.size() + 1][a.size() + 1];
        for (int i = e.size() - 1; i >= 0; i--) {
            for (int j = a.size() - 1; j >= 0; j--) {
                lcs[i][j] = e.get(i).equals(a.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < e.size() || j < a.size()) {
            if (i < e.size() && j < a.size() && e.get(i).equals(a.get(j))) {
                ops.add("  " + e.get(i++));
                j++;
            } else if (i < e.size() && (j == a.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("- " + e.get(i++));
            } else {
                ops.add("+ " + a.get(j++));
            }
        }
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        int lastPrinted = -1;
        for (int k = 0; k < ops.size() && shown < MAX_SHOWN; k++) {
            if (ops.get(k).startsWith("  ")) {
                continue;
            }
            for (int c = Math.max(lastPrinted + 1, k - CONTEXT); c <= Math.min(ops.size() - 1, k + CONTEXT); c++) {
                if (c > lastPrinted + 1 && lastPrinted >= 0 || c == Math.max(0, k - CONTEXT) && lastPrinted < 0) {
                    sb.append("@@ line ").append(c + 1).append(" of the merged listing @@\n");
                }
                sb.append(ops.get(c)).append('\n');
                lastPrinted = c;
                if (!ops.get(c).startsWith("  ")) {
                    shown++;
                }
            }
        }
        if (shown >= MAX_SHOWN) {
            sb.append("... (more differences)\n");
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            sb.append("(expected ends with a newline: ").append(expected.endsWith("\n")).append(", actual: ")
                    .append(actual.endsWith("\n")).append(")\n");
        }
        return sb.toString();
    }
}
