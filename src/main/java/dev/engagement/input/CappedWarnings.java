package dev.engagement.input;

import java.util.function.Consumer;

/** Passes on the first few warnings of one kind and only counts the rest, so a bad file cannot flood stderr. */
final class CappedWarnings {
    private final int shown;
    private final Consumer<String> sink;
    private long count;

    CappedWarnings(int shown, Consumer<String> sink) {
        this.shown = shown;
        this.sink = sink;
    }

    void warn(String message) {
        if (++count <= shown) {
            sink.accept(message);
        }
    }

    long count() {
        return count;
    }

    /** Reports how many were not shown, if any: {@code remainder} gets (not shown, total). */
    void finish(RemainderMessage remainder) {
        if (count > shown) {
            sink.accept(remainder.describe(count - shown, count));
        }
    }

    @FunctionalInterface
    interface RemainderMessage {
        String describe(long notShown, long total);
    }
}
