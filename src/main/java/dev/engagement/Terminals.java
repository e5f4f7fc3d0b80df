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

    static int width(Map<String, String> env) {
        try {
            int cols = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            return cols > 20 ? cols : 120;
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
