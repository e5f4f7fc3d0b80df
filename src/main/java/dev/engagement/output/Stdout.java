package dev.engagement.output;

/**
 * What standard output is: a terminal (how wide, in colour or not) or not, and whether it takes
 * Unicode (else tables draw in ASCII); decides the default format and layout.
 */
public record Stdout(boolean isTerminal, int width, boolean color, boolean unicode) {
    public Stdout(boolean isTerminal, int width, boolean color) {
        this(isTerminal, width, color, false);
    }
}
