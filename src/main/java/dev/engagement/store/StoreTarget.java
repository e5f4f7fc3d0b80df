package dev.engagement.store;

import dev.engagement.DatabaseUrls;
import dev.engagement.EngagementException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where snapshots go, as given with {@code --store}: a file path (a SQLite database, created when
 * missing) or a JDBC URL ({@code jdbc:postgresql://...}, or {@code jdbc:sqlite:FILE}). {@link #shown()}
 * is how it appears in any message: a password in the URL never does.
 */
public record StoreTarget(String jdbcUrl, Dialect dialect, String shown) {
    public static StoreTarget parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw EngagementException.usage("--store is empty: name a SQLite file or a jdbc:postgresql:// URL.");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new StoreTarget(t, Dialect.POSTGRES, DatabaseUrls.redact(t));
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return file(Path.of(t.substring("jdbc:sqlite:".length())));
        }
        if (lower.startsWith("jdbc:")) {
            throw EngagementException.usage("The store " + DatabaseUrls.redact(t) + " is a JDBC URL of a database this tool does "
                    + "not write to: name a SQLite file, or a jdbc:postgresql:// URL.");
        }
        return file(Path.of(t));
    }

    private static StoreTarget file(Path path) {
        if (Files.isDirectory(path)) {
            throw EngagementException.usage("The store " + path + " is a folder: name a file, e.g. " + path.resolve(
                    "engagement.db") + ".");
        }
        return new StoreTarget("jdbc:sqlite:" + path, Dialect.SQLITE, path.toString());
    }

    @Override
    public String toString() {
        return shown;
    }
}
