package dev.engagement;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Temporary files named {@code <prefix><pid>-...}: a run that is killed cannot remove its own, so
 * the next run removes those whose process is gone, and never one of a process still running.
 */
public final class OrphanFiles {
    private OrphanFiles() {
    }

    /** The name prefix of this process's temporary files that start with {@code prefix}. */
    public static String prefixOfThisProcess(String prefix) {
        return prefix + ProcessHandle.current().pid() + "-";
    }

    /** Removes files in {@code dir} named {@code prefix + pid + "-..."} whose process no longer runs. */
    public static void remove(Path dir, String prefix) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob(prefix) + "*")) {
            for (Path f : files) {
                String rest = f.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                long pid = dash > 0 ? parse(rest.substring(0, dash)) : -1;
                if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning up after others is a courtesy, never a reason to fail this run
        }
    }

    private static String glob(String name) {
        return name.replaceAll("[\\\\*?\\[\\]{}]", "?");
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
