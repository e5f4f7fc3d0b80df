package dev.engagement.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Which standard streams are terminals, and how wide the terminal is. {@link #probe} reads the real
 * process from /proc on Linux ({@code System.console()} only tells about stdout); tests give their own.
 */
public record Terminals(boolean stdin, boolean stdout, boolean stderr, int width) {
    /** Width used when nothing says: COLUMNS is rarely exported, and a line wider than the terminal wraps. */
    public static final int DEFAULT_WIDTH = 80;

    /** No terminal anywhere: what a pipeline or cron job has. */
    public static final Terminals NONE = new Terminals(false, false, false, DEFAULT_WIDTH);

    public static Terminals probe(Map<String, String> env) {
        boolean stdout = isTerminal(1);
        boolean stderr = isTerminal(2);
        return new Terminals(isTerminal(0), stdout, stderr, width(env, stdout || stderr));
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

    /** COLUMNS when set, else what the terminal says, else {@link #DEFAULT_WIDTH}. */
    static int width(Map<String, String> env, boolean onTerminal) {
        try {
            int cols = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            if (cols > 20) {
                return cols;
            }
        } catch (NumberFormatException e) {
            // not set: ask the terminal
        }
        return onTerminal ? sttyColumns() : DEFAULT_WIDTH;
    }

    private static int sttyColumns() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            String[] parts = out.split("\\s+");
            int cols = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return cols > 20 ? cols : DEFAULT_WIDTH;
        } catch (IOException | NumberFormatException e) {
            return DEFAULT_WIDTH;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DEFAULT_WIDTH;
        }
    }
}
