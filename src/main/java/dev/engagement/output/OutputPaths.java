package dev.engagement.output;

import dev.engagement.EngagementException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks, before the first request, every file a run will write: its folder exists and can be
 * written, it is not a folder, and it is none of the input files (which it would replace). Every
 * such problem is a usage error, whichever option named the file.
 */
public final class OutputPaths {
    private OutputPaths() {
    }

    /** {@code inputs}: the files the IDs are read from ("-" for stdin is skipped). */
    public static void check(OutputSettings settings, List<String> inputs) {
        check("--output", settings.file(), inputs);
        check("--top-output", settings.topOutput(), inputs);
        if (settings.idsDir() != null && !Files.isDirectory(settings.idsDir())) {
            throw EngagementException.usage("--ids-dir " + settings.idsDir() + " is not a folder; create it first.");
        }
        if (settings.idsDir() != null && !Files.isWritable(settings.idsDir())) {
            throw EngagementException.usage("--ids-dir " + settings.idsDir() + " is not writable.");
        }
        if (settings.file() != null && settings.topOutput() != null && same(settings.file(), settings.topOutput())) {
            throw EngagementException.usage("--top-output and --output name the same file; give them different names.");
        }
    }

    /** Checks one file to be written, named by {@code option}; null is stdout and always fine. */
    public static void check(String option, Path file, List<String> inputs) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw EngagementException.usage(option + " " + file + " is a folder; name a file in it, such as "
                    + file.resolve("result.json") + ".");
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw EngagementException.usage("Cannot write " + option + " " + file + ": the folder " + dir
                    + " does not exist.");
        }
        if (dir != null && !Files.isWritable(dir) && !(Files.exists(file) && !Files.isRegularFile(file))) {
            throw EngagementException.usage("Cannot write " + option + " " + file + ": the folder " + dir
                    + " is not writable.");
        }
        for (String input : inputs) {
            if (!input.equals("-") && same(file, Path.of(input))) {
                throw EngagementException.usage(option + " " + file + " is also an input file; writing it would "
                        + "replace the Tweet IDs it holds: name another file.");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
