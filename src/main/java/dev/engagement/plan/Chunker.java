package dev.engagement.plan;

import dev.engagement.api.TimeWindow;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/** Cuts a stream of unique IDs into batches of at most {@code size}, lazily, each fetched for the same windows. */
public final class Chunker implements Iterator<IdBatch> {
    private final PrimitiveIterator.OfLong ids;
    private final int size;
    private final List<TimeWindow> windows;
    private int number;

    public Chunker(PrimitiveIterator.OfLong ids, int size, List<TimeWindow> windows) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.ids = ids;
        this.size = size;
        this.windows = windows;
    }

    @Override
    public boolean hasNext() {
        return ids.hasNext();
    }

    @Override
    public IdBatch next() {
        if (!ids.hasNext()) {
            throw new NoSuchElementException();
        }
        List<String> batch = new ArrayList<>(size);
        while (batch.size() < size && ids.hasNext()) {
            batch.add(Long.toString(ids.nextLong()));
        }
        return new IdBatch(++number, batch, windows);
    }

    /** How many batches of at most {@code size} hold {@code ids} IDs. */
    public static long batchCount(long ids, int size) {
        return (ids + size - 1) / size;
    }
}
