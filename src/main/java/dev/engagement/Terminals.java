package dev.engagement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/** Whether a standard stream is a terminal, read from /proc on Linux (System.console() only tells about stdout). */
final class Terminals {
    private Terminals() {
    }

    static boolean isTerminal(int fd) {
        try {
            Path link = Paths.get("/proc/self/fd/" + fd);
            if (!Files.isSymbolicLink(link)) {
                return fd == 1 && System.console() != null;
            }
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** COLUMNS when set (shells rarely export it), else what the terminal says, else 80. */
    static int width(Map<String, String> env, boolean stdoutIsTerminal) {
        try {
            int cols = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            if (cols > 20) {
                return cols;
            }
        } catch (NumberFormatException e) {
            // not set: ask the terminal
        }
        return stdoutIsTerminal ? sttyColumns() : 80;
    }

    private static int sttyColumns() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            String[] parts = out.split("\\s+");
            int cols = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return cols > 20 ? cols : 80;
        } catch (IOException | NumberFormatException e) {
            return 80;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 80;
        }
    }
}
