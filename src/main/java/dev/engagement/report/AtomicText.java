package dev.engagement.report;

import dev.engagement.output.OutputTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a small text file whole or not at all: a temporary file in its folder, renamed into place. */
final class AtomicText {
    private AtomicText() {
    }

    static void write(Path file, String text) throws IOException {
        OutputTarget target = OutputTarget.file(file);
        try {
            target.stream().write(text.getBytes(StandardCharsets.UTF_8));
            target.commit();
        } catch (IOException | RuntimeException e) {
            target.abort();
            throw e;
        }
    }
}
