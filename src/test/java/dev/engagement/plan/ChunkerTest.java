package dev.engagement.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.PrimitiveIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    static PrimitiveIterator.OfLong range(long from, int n) {
        return new PrimitiveIterator.OfLong() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public long nextLong() {
                return from + i++;
            }
        };
    }

    @Test
    void cutsIntoBatchesOfAtMostTheLimitInOrder() {
        List<IdBatch> batches = new ArrayList<>();
        new Chunker(range(1000, 600), 250, List.of()).forEachRemaining(batches::add);
        assertEquals(3, batches.size());
        assertEquals(List.of(250, 250, 100), batches.stream().map(b -> b.tweetIds().size()).toList());
        assertEquals("1000", batches.get(0).tweetIds().get(0));
        assertEquals("1599", batches.get(2).tweetIds().get(99));
        assertEquals(List.of(1, 2, 3), batches.stream().map(IdBatch::number).toList());
    }

    @Test
    void exactMultipleAndEmpty() {
        List<IdBatch> batches = new ArrayList<>();
        new Chunker(range(1, 50), 25, List.of()).forEachRemaining(batches::add);
        assertEquals(2, batches.size());
        assertEquals(false, new Chunker(range(1, 0), 25, List.of()).hasNext());
        assertEquals(3, Chunker.batchCount(600, 250));
        assertEquals(0, Chunker.batchCount(0, 25));
    }
}
