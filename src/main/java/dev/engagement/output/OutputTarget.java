package dev.engagement.output;

import dev.engagement.OrphanFiles;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the data goes: stdout, or a file. A regular file is written to a temporary name in its folder
 * and renamed into place on success, so a crash never leaves half a file under the real name; it gets
 * the mode an existing file had, else what the umask gives. Anything else ({@code /dev/null}, a
 * pipe, {@code /dev/stdout}) is written in place, never replaced. Every write is checked: a full disk
 * behind stdout is an error, not a quiet truncation.
 */
public final class OutputTarget {
    private static final String TEMP_MARK = ".engagement-";
    private static final String TEMP_END = ".tmp";

    private final Path file;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private final PrintStream checked;

    private OutputTarget(Path file, Path temp, FileChannel channel, OutputStream stream, PrintStream checked) {
        this.file = file;
        this.temp = temp;
        this.channel = channel;
        this.stream = stream;
        this.checked = checked;
    }

    /** The file the settings name, or stdout. */
    public static OutputTarget open(OutputSettings settings, OutputStream stdout) throws IOException {
        return settings.file() == null ? stdout(stdout) : file(settings.file());
    }

    public static OutputTarget stdout(OutputStream out) {
        OutputStream passOn = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        return new OutputTarget(null, null, null, new BufferedOutputStream(passOn, 1 << 16),
                out instanceof PrintStream ps ? ps : null);
    }

    public static OutputTarget file(Path target) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target;
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            OutputStream inPlace = Files.newOutputStream(file, StandardOpenOption.WRITE);
            return new OutputTarget(null, null, null, new BufferedOutputStream(inPlace, 1 << 16), null);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        String prefix = "." + file.getFileName() + TEMP_MARK;
        OrphanFiles.remove(dir, prefix);
        Path temp = dir.resolve(OrphanFiles.prefixOfThisProcess(prefix)
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_END);
        // No permission attribute: the new file gets what the umask gives, as any other program's output.
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new OutputTarget(file, temp, channel, new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16),
                null);
    }

    public OutputStream stream() {
        return stream;
    }

    /** Completes the output: flushes (checked), forces a file to disk and moves it into place. */
    public void commit() throws IOException {
        stream.flush();
        if (checked != null && checked.checkError()) {
            throw new IOException("writing to standard output failed (a full disk, or a closed pipe)");
        }
        if (temp == null) {
            stream.close();
            return;
        }
        channel.force(true);
        stream.close();
        if (Files.exists(file) && posix()) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        }
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Gives up: a temporary file is removed, the real file is left as it was; stdout keeps what was written whole. */
    public void abort() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the data is being thrown away, or the stream is what failed
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // removed at the next run by removeStaleTemporaries
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
