package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The README's examples run. A {@code ```sh} block right after a line {@code <!-- example -->} is an
 * example; each {@code engagement} command in it runs in-process against the sandbox (see
 * {@link ExampleLines#forSandbox}). In a pipeline only the {@code engagement} part runs, reading the
 * sample IDs on stdin when something is piped into it; {@code engagement sandbox} (which serves until
 * Ctrl-C) is parsed and validated only; other programs are not run.
 */
class ReadmeExamplesTest {
    static final String MARKER = "<!-- example -->";
    static final String JAR = "java -jar target/engagement.jar";
    private static final Pattern SUBSHELL = Pattern.compile("(?:source|\\.) <\\((.*)\\)");

    /** The command lines of the marked blocks, continuation lines joined. */
    static List<String> exampleLines(List<String> readme) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).strip().equals(MARKER)) {
                continue;
            }
            assertTrue(i + 1 < readme.size() && readme.get(i + 1).strip().equals("```sh"),
                    "README line " + (i + 2) + ": " + MARKER + " must be followed by a ```sh block");
            StringBuilder current = new StringBuilder();
            for (int j = i + 2; !readme.get(j).strip().equals("```"); j++) {
                String l = readme.get(j);
                if (l.endsWith("\\")) {
                    current.append(l, 0, l.length() - 1).append(' ');
                } else {
                    lines.add(current.append(l).toString().strip());
                    current.setLength(0);
                }
            }
        }
        return lines;
    }

    /** A shell line cut at pipes and command separators, each part as words. */
    static List<List<String>> segments(String line) {
        Matcher m = SUBSHELL.matcher(line);
        String text = m.find() ? m.group(1) : line;
        text = text.replace(JAR, "engagement");
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        for (String w : ExampleLines.words(text)) {
            if (List.of("|", "&&", "||", ";").contains(w)) {
                parts.add(part);
                part = new ArrayList<>();
            } else {
                part.add(w);
            }
        }
        parts.add(part);
        return parts;
    }

    @Test
    void readmeExamplesRunAgainstTheSandbox(@TempDir Path tmp) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        String sampleIds = Files.readString(Path.of(ExampleLines.PLACEHOLDER_IDS));
        List<String> lines = exampleLines(readme);
        assertTrue(lines.size() >= 12, "marked README examples: " + lines);
        int ran = 0;
        int validated = 0;
        for (String line : lines) {
            List<List<String>> parts = segments(line);
            for (int p = 0; p < parts.size(); p++) {
                List<String> words = ExampleLines.withoutRedirection(parts.get(p));
                if (words.isEmpty() || !words.get(0).equals("engagement")) {
                    continue; // mvn, cut, jq and other programs are not run
                }
                if (words.size() > 1 && words.get(1).equals("sandbox")) {
                    CommandLine cl = new CommandLine(new SandboxCommand());
                    cl.parseArgs(words.subList(2, words.size()).toArray(new String[0]));
                    ((SandboxCommand) cl.getCommand()).config();
                    validated++;
                    continue;
                }
                List<String> args = ExampleLines.forSandbox(words, tmp);
                Cli cli = new Cli();
                if (p > 0 && line.contains("|")) {
                    cli.stdin(sampleIds);
                }
                Cli.Result r = cli.run(args.toArray(new String[0]));
                String context = "README example: " + line + "\nran as: engagement " + String.join(" ", args) + "\n" + r;
                assertEquals(0, r.exitCode(), context);
                assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), context);
                ran++;
            }
        }
        assertTrue(ran >= 10, "ran " + ran + " README commands");
        assertTrue(validated >= 2, "validated " + validated + " sandbox lines");
    }

    /** An example of one command and the output the README shows for it (the plain block right after it). */
    record ShownOutput(String command, List<String> shown) {
    }

    static List<ShownOutput> shownOutputs(List<String> readme) {
        List<ShownOutput> out = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (!readme.get(i).strip().equals(MARKER)) {
                continue;
            }
            List<String> example = exampleLines(readme.subList(i, readme.size())).subList(0, 1);
            int j = i + 2;
            int commands = 0;
            for (; !readme.get(j).strip().equals("```"); j++) {
                commands += readme.get(j).endsWith("\\") ? 0 : 1;
            }
            j++;
            while (j < readme.size() && readme.get(j).isBlank()) {
                j++;
            }
            if (commands != 1 || j >= readme.size() || !readme.get(j).strip().equals("```")) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            for (j++; !readme.get(j).strip().equals("```"); j++) {
                shown.add(readme.get(j));
            }
            out.add(new ShownOutput(example.get(0), shown));
        }
        return out;
    }

    /** The README's outputs were taken with the sandbox's clock at this instant; its data is a function of it. */
    static final java.time.Clock SHOWN_AT = java.time.Clock.fixed(java.time.Instant.parse("2026-12-02T09:00:00Z"),
            java.time.ZoneOffset.UTC);

    private static final Pattern TABLE_RANK = Pattern.compile("\\s*\\d+\\.\\s+([\\d,]+)\\s+https://\\S+");

    /** The output a README example shows is output the tool gives: the same headers and columns, Top lists ranked. */
    @Test
    void readmeOutputsAreWhatTheToolPrints(@TempDir Path tmp) {
        List<ShownOutput> outputs;
        try {
            outputs = shownOutputs(Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(outputs.size() >= 4, "README examples with their output: " + outputs.size());
        for (ShownOutput o : outputs) {
            List<String> words = ExampleLines.withoutRedirection(segments(o.command()).get(0));
            Cli.Result r = new Cli().width(120).clock(SHOWN_AT)
                    .run(ExampleLines.forSandbox(words, tmp).toArray(new String[0]));
            List<String> actual = r.out().lines().map(String::stripTrailing).toList();
            String context = "README example: " + o.command() + "\n" + r.out();
            for (String line : o.shown()) {
                if (!line.strip().equals("...") && !line.matches(".*\\d.*")) {
                    assertTrue(actual.contains(line.stripTrailing()), "shown but not printed: '" + line + "'\n" + context);
                }
            }
            assertRanked(o.shown(), context);
            assertEquals(topTweets(o.shown()), topTweets(actual).subList(0, Math.min(topTweets(actual).size(),
                    topTweets(o.shown()).size())), "the Top Tweets shown are the ones printed\n" + context);
        }
    }

    /** The Tweets of the Top lists in order (CSV rows top:METRIC,ID or table lines with a status link). */
    static List<String> topTweets(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("top:")) {
                String[] cells = line.split(",", -1);
                out.add(cells[0] + " " + cells[1]);
            } else if (TABLE_RANK.matcher(line).matches()) {
                out.add(line.substring(line.indexOf("https://")));
            }
        }
        return out;
    }

    /** Top lists as shown are ranked: counts never rise within one metric. */
    static void assertRanked(List<String> shown, String context) {
        String metric = null;
        long last = Long.MAX_VALUE;
        for (String line : shown) {
            Matcher rank = TABLE_RANK.matcher(line);
            Long count = null;
            String group = metric;
            if (line.startsWith("top:")) {
                String[] cells = line.split(",", -1);
                group = cells[0];
                for (int c = 2; c < cells.length && count == null; c++) {
                    count = cells[c].isEmpty() ? null : Long.valueOf(cells[c]);
                }
            } else if (rank.matches()) {
                count = Long.valueOf(rank.group(1).replace(",", ""));
            } else if (line.startsWith("  ") && !line.strip().isEmpty() && !line.strip().equals("...")) {
                group = line.strip();
            }
            if (group != null && !group.equals(metric)) {
                metric = group;
                last = Long.MAX_VALUE;
            }
            if (count != null) {
                assertTrue(count <= last, "Top list not ranked at '" + line + "'\n" + context);
                last = count;
            }
        }
    }

    @Test
    void extractsMarkedBlocksAndSplitsPipelines() {
        List<String> lines = exampleLines(List.of("text", MARKER, "```sh", "engagement totals a.txt \\", "  -f csv", "```"));
        assertEquals(1, lines.size());
        assertEquals(List.of("engagement", "totals", "a.txt", "-f", "csv"), ExampleLines.words(lines.get(0)));
        assertEquals(List.of(List.of("cut", "-d,", "-f1", "x.csv"), List.of("engagement", "totals")),
                segments("cut -d, -f1 x.csv | engagement totals"));
        assertEquals(List.of(List.of("engagement", "completion", "bash")), segments("source <(engagement completion bash)"));
    }
}
