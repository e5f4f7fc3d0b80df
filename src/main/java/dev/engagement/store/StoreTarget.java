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
    private static final String SQLITE = "jdbc:sqlite:";

    public static StoreTarget parse(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw EngagementException.usage("--store is empty: name a SQLite file or a jdbc:postgresql:// URL.");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new StoreTarget(t, Dialect.POSTGRES, DatabaseUrls.redact(t));
        }
        if (lower.startsWith(SQLITE)) {
            return file(Path.of(t.substring(SQLITE.length())));
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
        return new StoreTarget(SQLITE + path, Dialect.SQLITE, path.toString());
    }

    /** The SQLite file, or null for a database server. */
    public Path file() {
        return dialect == Dialect.SQLITE ? Path.of(jdbcUrl.substring(SQLITE.length())) : null;
    }

    /** This target, for reading: a SQLite file that does not exist is refused rather than created empty. */
    public StoreTarget existing() {
        Path file = file();
        if (file != null && !Files.exists(file)) {
            throw EngagementException.usage("The store " + shown + " does not exist: a fetch with --store " + shown
                    + " creates it, or name the file an earlier one wrote.");
        }
        return this;
    }

    @Override
    public String toString() {
        return shown;
    }
}
