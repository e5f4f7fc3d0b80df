package dev.engagement.journal;

import dev.engagement.PrivateFiles;
import dev.engagement.plan.Durations;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where journals live and how long they stay: {@code $XDG_STATE_HOME/engagement/runs/} (else
 * {@code ~/.local/state/engagement/runs/}), one file per command named from its fingerprint, readable
 * by the user only (0600 in a 0700 folder: journals hold the user's data). A journal that completed is
 * kept {@link #KEEP_COMPLETE} for {@code engagement export}; any other {@link #KEEP_ANY}.
 */
public final class JournalFiles {
    public static final String EXTENSION = ".journal";
    public static final Duration KEEP_COMPLETE = Duration.ofDays(7);
    public static final Duration KEEP_ANY = Duration.ofDays(30);

    private JournalFiles() {
    }

    /** The folder of journals for this environment, or null when neither XDG_STATE_HOME nor HOME is set. */
    public static Path defaultFolder(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return Path.of(state, "engagement", "runs");
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".local", "state", "engagement", "runs");
    }

    /** The journal of a command in the default folder: the endpoint and the start of its fingerprint. */
    public static Path defaultFile(Path folder, String endpoint, String fingerprint) {
        return folder.resolve(endpoint + "-" + fingerprint.substring(0, 16) + EXTENSION);
    }

    static void createPrivateFolder(Path dir) throws IOException {
        if (dir != null) {
            PrivateFiles.createFolder(dir);
        }
    }

    /** Opens (creating if need be) a file readable by its owner only, whatever the umask; an existing file is made so. */
    static FileChannel openPrivate(Path file) throws IOException {
        FileAttribute<?>[] attrs = PrivateFiles.posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PrivateFiles.FILE_MODE)}
                : new FileAttribute<?>[0];
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.CREATE), attrs);
        if (PrivateFiles.posix()) {
            Files.setPosixFilePermissions(file, PrivateFiles.FILE_MODE);
        }
        return channel;
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "its folder does not exist";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String describe(Duration d) {
        return Durations.format(d);
    }

    /** The journals in a folder, newest first. */
    public static List<Path> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            dir.forEach(files::add);
        }
        files.sort((a, b) -> Long.compare(modified(b), modified(a)));
        return files;
    }

    /**
     * Removes journals past their time: completed ones older than {@link #KEEP_COMPLETE}, any older
     * than {@link #KEEP_ANY} (by last change). A journal in use is left alone. Returns what was removed.
     */
    public static List<Path> prune(Path folder, Instant now) throws IOException {
        List<Path> removed = new ArrayList<>();
        for (Path file : list(folder)) {
            Duration age = Duration.between(Instant.ofEpochMilli(modified(file)), now);
            boolean expired = age.compareTo(KEEP_ANY) > 0 || age.compareTo(KEEP_COMPLETE) > 0 && endsComplete(file);
            if (expired && !inUse(file)) {
                Files.deleteIfExists(file);
                removed.add(file);
            }
        }
        return removed;
    }

    /** Whether the journal's last line is the end record of a completed run (read from the file's tail only). */
    static boolean endsComplete(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return JournalScan.completedEnding(ch) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a run holds the journal right now. */
    public static boolean inUse(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            var lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

}
