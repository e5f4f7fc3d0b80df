package dev.engagement.plan;

import dev.engagement.api.TimeWindow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;
import java.util.function.LongToIntFunction;

/**
 * Cuts a stream of unique IDs into batches per owner, lazily: each ID goes to the bucket of the route
 * {@code routeOf} names (0..routes-1, the profile known to own it, 0 when unknown), and a bucket becomes a
 * batch when it is full; at the end the partial buckets follow in route order. So a run that knows the
 * owners sends each batch with one token. At most {@code routes * size} IDs are held. The batches are a
 * function of the stream and {@code routeOf} only, so a resumed run cuts the same ones.
 */
public final class OwnerChunker implements Iterator<IdBatch> {
    private final PrimitiveIterator.OfLong ids;
    private final int size;
    private final List<TimeWindow> windows;
    private final LongToIntFunction routeOf;
    private final List<List<String>> buckets = new ArrayList<>();
    private final ArrayDeque<List<String>> ready = new ArrayDeque<>();
    private int number;
    private boolean drained;

    public OwnerChunker(PrimitiveIterator.OfLong ids, int size, List<TimeWindow> windows, int routes,
            LongToIntFunction routeOf) {
        if (size < 1 || routes < 1) {
            throw new IllegalArgumentException("batch size and routes must be positive");
        }
        this.ids = ids;
        this.size = size;
        this.windows = windows;
        this.routeOf = routeOf;
        for (int i = 0; i < routes; i++) {
            buckets.add(new ArrayList<>());
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public IdBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return new IdBatch(++number, ready.poll(), windows);
    }

    /** How many batches an OwnerChunker cuts from {@code ids}: per route, its IDs in batches of {@code size}. */
    public static long batchCount(PrimitiveIterator.OfLong ids, int size, int routes, LongToIntFunction routeOf) {
        long[] perRoute = new long[routes];
        while (ids.hasNext()) {
            int route = routeOf.applyAsInt(ids.nextLong());
            perRoute[route < 0 || route >= routes ? 0 : route]++;
        }
        long batches = 0;
        for (long n : perRoute) {
            batches += Chunker.batchCount(n, size);
        }
        return batches;
    }

    private void fill() {
        while (ready.isEmpty() && ids.hasNext()) {
            long id = ids.nextLong();
            int route = routeOf.applyAsInt(id);
            List<String> bucket = buckets.get(route < 0 || route >= buckets.size() ? 0 : route);
            bucket.add(Long.toString(id));
            if (bucket.size() == size) {
                ready.add(new ArrayList<>(bucket));
                bucket.clear();
            }
        }
        if (ready.isEmpty() && !ids.hasNext() && !drained) {
            drained = true;
            for (List<String> bucket : buckets) {
                if (!bucket.isEmpty()) {
                    ready.add(new ArrayList<>(bucket));
                    bucket.clear();
                }
            }
        }
    }
}
