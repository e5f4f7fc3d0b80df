package dev.engagement.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The size and SHA-256 of a file the run wrote, for the report. */
public final class FileDigest {
    private FileDigest() {
    }

    /** The file as a report entry, or null when it is not a regular file (a pipe, /dev/null) or is gone. */
    public static RunReport.OutputFile of(String role, Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            long bytes = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                bytes += n;
            }
            return new RunReport.OutputFile(role, file.toString(), bytes, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
