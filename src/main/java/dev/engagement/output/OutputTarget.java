package dev.engagement.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the data goes: stdout, or a file written to a temporary name in the same folder and
 * renamed into place on success, so a crash never leaves half a file under the real name.
 */
public final class OutputTarget {
    private final Path file;
    private final Path temp;
    private final OutputStream stream;

    private OutputTarget(Path file, Path temp, OutputStream stream) {
        this.file = file;
        this.temp = temp;
        this.stream = stream;
    }

    /** The file the settings name, or stdout. */
    public static OutputTarget open(OutputSettings settings, OutputStream stdout) throws IOException {
        return settings.file() == null ? stdout(stdout) : file(settings.file());
    }

    public static OutputTarget stdout(OutputStream out) {
        return new OutputTarget(null, null, new BufferedOutputStream(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, 1 << 16));
    }

    public static OutputTarget file(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        return new OutputTarget(file, temp, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
    }

    public OutputStream stream() {
        return stream;
    }

    /** Completes the output: flushes, and moves a file into place. */
    public void commit() throws IOException {
        stream.close();
        if (file != null) {
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Gives up: a temporary file is removed, the real file is left as it was. */
    public void abort() {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the data is being thrown away
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
