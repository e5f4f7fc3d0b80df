package dev.engagement.input;

/**
 * Input that cannot be read past (malformed JSON or CSV, a missing ID column), as opposed to a single
 * bad ID, which {@code --skip-invalid} can skip. Carries the line; {@link InputSource} adds the file name.
 */
final class InputSyntaxException extends RuntimeException {
    private final long line;

    InputSyntaxException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    long line() {
        return line;
    }
}
