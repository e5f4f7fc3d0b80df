package dev.engagement.output;

/** What standard output is: a terminal (how wide, in colour or not) or not; decides the default format and layout. */
public record Stdout(boolean isTerminal, int width, boolean color) {
}
