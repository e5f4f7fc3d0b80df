package dev.engagement.input;

import java.io.Closeable;
import java.io.IOException;

/**
 * The records of one input file in one format, each holding the text of one would-be Tweet ID.
 * Implementations stream: they hold one record at a time, never the file.
 */
interface IdRecords extends Closeable {
    /**
     * Moves to the next record.
     *
     * @return false at the end of the input
     * @throws InputSyntaxException if the input is malformed beyond the current record
     */
    boolean next() throws IOException;

    /** The physical line (from 1) where the current record starts. */
    long line();

    /** The trimmed text that should be a Tweet ID, or null if the record has none (see {@link #problem()}). */
    String candidate();

    /** The current record's Tweet ID, or {@link TweetIdSyntax#INVALID} when its candidate is none. */
    default long id() {
        String candidate = candidate();
        return candidate == null ? TweetIdSyntax.INVALID : TweetIdSyntax.parse(candidate);
    }

    /** Why the current record has no candidate, as a sentence for the user; null when it has one. */
    String problem();

    /** Something the user should know about the current record's ID although it is used; null mostly. */
    default String caution() {
        return null;
    }
}
