package dev.engagement.input;

import java.util.NoSuchElementException;

/** An iterator over primitive longs, so that millions of IDs are never boxed. */
public interface LongIterator {
    boolean hasNext();

    /** @throws NoSuchElementException when {@link #hasNext()} is false */
    long next();
}
