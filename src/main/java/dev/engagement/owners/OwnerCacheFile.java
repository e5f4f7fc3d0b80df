package dev.engagement.owners;

import dev.engagement.PrivateFiles;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The owner cache as a text file, {@code tweet_id<TAB>profile} per line under a comment line, read
 * whole at the start of a run and rewritten atomically (a private temporary file renamed over it) at
 * its end: 0600 in a 0700 folder, as it tells which accounts a user holds tokens for. A line it cannot
 * read is dropped, never fatal: the cache is only a hint. Two runs ending at once: the later one's
 * file wins.
 */
public final class OwnerCacheFile extends TableOwnerCache {
    static final String FIRST_LINE = "# engagement owner cache 1: tweet_id<TAB>profile that fetched it last";

    private final Path file;

    private OwnerCacheFile(Path file) {
        this.file = file;
    }

    /**
     * The cache file for requests to {@code scope} (e.g. API URL and consumer key: Tweets of one app are
     * owned by the same users) under {@code $XDG_CACHE_HOME/engagement/}, else {@code ~/.cache/engagement/};
     * null when neither is set.
     */
    public static Path defaultFile(Map<String, String> env, String scope) {
        String cache = env.get("XDG_CACHE_HOME");
        Path folder;
        if (cache != null && !cache.isBlank() && Path.of(cache).isAbsolute()) {
            folder = Path.of(cache, "engagement");
        } else {
            String home = env.get("HOME");
            if (home == null || home.isBlank()) {
                return null;
            }
            folder = Path.of(home, ".cache", "engagement");
        }
        return folder.resolve("owners-" + Integer.toHexString(scope.hashCode() & 0x7fffffff) + ".tsv");
    }

    /** Reads {@code file} (a missing one is an empty cache); {@code warn} hears of a file that cannot be read. */
    public static OwnerCacheFile open(Path file, Consumer<String> warn) {
        OwnerCacheFile cache = new OwnerCacheFile(file);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                cache.readLine(line);
            }
        } catch (NoSuchFileException e) {
            // nothing learnt yet
        } catch (IOException | RuntimeException e) {
            warn.accept("The owner cache " + file + " cannot be read (" + e.getMessage() + "); every ID goes to the "
                    + "first profile, and the cache is written anew at the end.");
            cache.table.markChanged();
        }
        return cache;
    }

    private void readLine(String line) {
        int tab = line.indexOf('\t');
        if (line.startsWith("#") || tab < 1 || tab == line.length() - 1) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(line.substring(0, tab));
        } catch (NumberFormatException e) {
            return;
        }
        table.load(id, line.substring(tab + 1));
    }

    public Path file() {
        return file;
    }

    /** A profile name that the file's tab-separated lines cannot hold is not remembered. */
    @Override
    public void owned(long tweetId, String profile) {
        if (profile.indexOf('\t') < 0 && profile.indexOf('\n') < 0) {
            super.owned(tweetId, profile);
        }
    }

    @Override
    public void save() throws IOException {
        if (!table.changed()) {
            return;
        }
        table.apply();
        Path target = file.toAbsolutePath();
        PrivateFiles.createFolder(target.getParent());
        Path tmp = PrivateFiles.tempFileBeside(target);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8),
                        1 << 16);
                w.write(FIRST_LINE);
                w.write('\n');
                table.<IOException>forEachOwner((id, profile) -> {
                    w.write(Long.toString(id));
                    w.write('\t');
                    w.write(profile);
                    w.write('\n');
                });
                w.flush();
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public String toString() {
        return "OwnerCacheFile[" + file + ", " + table.size() + " Tweets]";
    }
}
