package dev.engagement.cli;

import dev.engagement.app.RunContext;
import dev.engagement.app.StopSignal;
import dev.engagement.app.Terminals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Build-time entry point: renders through picocli every command line {@link StoredAnswers} serves
 * (each command's {@code --help} and {@code -h}, {@code help COMMAND}, the completion scripts) and
 * writes each page into the class folder named by the first argument, so it is packed into the jar.
 */
public final class StoredAnswerWriter {
    private StoredAnswerWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args.length > 0 ? args[0] : "target/classes");
        Path folder = classes.resolve(StoredAnswers.FOLDER.substring(1));
        Files.createDirectories(folder);
        for (List<String> line : commandLines()) {
            String name = StoredAnswers.resourceName(line);
            Files.write(classes.resolve(name.substring(1)), render(line));
        }
    }

    /** Every command line with a stored page. */
    static List<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("--help"));
        lines.add(List.of("-h"));
        lines.add(List.of("help"));
        CommandLine root = CompletionCommand.fullModel();
        for (String name : root.getSubcommands().keySet()) {
            lines.add(List.of("help", name));
        }
        addHelpOptions(root, List.of(), lines);
        lines.add(List.of(CompletionCommand.class.getAnnotation(CommandLine.Command.class).name(), "bash"));
        lines.add(List.of(CompletionCommand.class.getAnnotation(CommandLine.Command.class).name(), "zsh"));
        return lines;
    }

    private static void addHelpOptions(CommandLine command, List<String> path, List<List<String>> lines) {
        for (var sub : command.getSubcommands().entrySet()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getKey());
            for (String option : new String[] {"--help", "-h"}) {
                List<String> line = new ArrayList<>(subPath);
                line.add(option);
                lines.add(List.copyOf(line));
            }
            addHelpOptions(sub.getValue(), subPath, lines);
        }
    }

    /** What picocli prints for {@code line} when stdout is not a terminal; fails unless it exits 0, silently. */
    static byte[] render(List<String> line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunContext ctx = new RunContext(out, new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), Map.of(), Clock.systemUTC(), duration -> { },
                StopSignal.manual(), Terminals.NONE);
        String[] args = line.toArray(String[]::new);
        int exit = EngagementCommand.commandLine(ctx, args).execute(args);
        if (exit != 0 || err.size() > 0) {
            throw new IllegalStateException("engagement " + String.join(" ", line) + " exited " + exit + ": "
                    + err.toString(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
