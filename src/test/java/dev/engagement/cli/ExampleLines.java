package dev.engagement.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an example command line as printed in help or the README into arguments for an in-process run:
 * shell words (quotes, trailing comments), with the parts a test must not take literally rewritten.
 */
final class ExampleLines {
    /** Stands in for ID files that examples name but that do not exist (ids.txt, export.csv...): six IDs. */
    static final String PLACEHOLDER_IDS = "samples/input/ids.txt";

    private ExampleLines() {
    }

    /** Splits a shell line into words: single and double quotes, backslash escapes, '#' comments. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    w.append(line.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                break;
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** The words before the first redirection or background '&' (what the command itself receives). */
    static List<String> withoutRedirection(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith(">") || w.startsWith("2>") || w.equals("&")) {
                return words.subList(0, i);
            }
        }
        return words;
    }

    /** A journal of a sandbox run of the sample IDs, a new copy each time (an example may remove it). */
    static Path sampleJournal(Path tmp) {
        try {
            Path journal = java.nio.file.Files.createTempFile(tmp, "sample-", ".journal");
            java.nio.file.Files.delete(journal);
            Cli.Result r = new Cli().run("totals", "--sandbox", "-q", "-f", "csv", "--journal", journal.toString(),
                    PLACEHOLDER_IDS);
            if (r.exitCode() != 0) {
                throw new IllegalStateException(r.toString());
            }
            return journal;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A JSON result of a sandbox run of the sample IDs, per day, for examples that render one. */
    static Path sampleResult(Path tmp) {
        try {
            Path json = java.nio.file.Files.createTempFile(tmp, "sample-", ".json");
            Cli.Result r = new Cli().run("28hr", "--sandbox", "-q", "-f", "json", "-o", json.toString(),
                    "-g", "daily=tweet.id,engagement.type,engagement.day", PLACEHOLDER_IDS);
            if (r.exitCode() != 0) {
                throw new IllegalStateException(r.toString());
            }
            return json;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** True when the line needs a real shell: pipes, redirections, command lists, substitutions, background. */
    static boolean needsShell(String line) {
        for (String w : words(line)) {
            if (w.equals("|") || w.equals("&&") || w.equals("&") || w.equals(";") || w.startsWith(">")
                    || w.startsWith("<") || w.startsWith("$(") || w.startsWith("2>")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arguments after {@code engagement} for a run against the in-process sandbox: {@code --sandbox}
     * added to fetch commands, placeholder ID files replaced by {@link #PLACEHOLDER_IDS} and output
     * files moved into {@code tmp}, so the run writes nothing into the working copy.
     */
    static List<String> forSandbox(List<String> words, Path tmp) {
        if (words.isEmpty() || !words.get(0).equals("engagement")) {
            throw new IllegalArgumentException("not an engagement command line: " + words);
        }
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        boolean fetch = !args.isEmpty() && List.of("totals", "28hr", "historical").contains(args.get(0));
        boolean journals = !args.isEmpty() && List.of("export", "runs", "report").contains(args.get(0));
        boolean report = !args.isEmpty() && args.get(0).equals("report");
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (journals && a.endsWith(".journal")) {
                args.set(i, sampleJournal(tmp).toString());
                continue;
            }
            if (report && a.endsWith(".json") && (i == 0 || !args.get(i - 1).startsWith("-"))) {
                Path written = tmp.resolve(Path.of(a).getFileName());
                args.set(i, (java.nio.file.Files.exists(written) ? written : sampleResult(tmp)).toString());
                continue;
            }
            if (List.of("-o", "--output", "--checkpoint", "--report", "--metrics-file").contains(a) && i + 1 < args.size()) {
                args.set(i + 1, tmp.resolve(Path.of(args.get(i + 1)).getFileName()).toString());
                i++;
            } else if (a.startsWith("--output=") || a.startsWith("--checkpoint=")) {
                int eq = a.indexOf('=');
                args.set(i, a.substring(0, eq + 1) + tmp.resolve(Path.of(a.substring(eq + 1)).getFileName()));
            } else if (fetch && !a.startsWith("-") && !a.contains("/") && (a.endsWith(".txt") || a.endsWith(".csv"))
                    && !Path.of(a).toFile().exists()) {
                args.set(i, PLACEHOLDER_IDS);
            }
        }
        if (fetch && !args.contains("--sandbox")) {
            args.add(1, "--sandbox");
        }
        return args;
    }
}
