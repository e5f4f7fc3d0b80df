package dev.engagement.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Batches cut per owner: full buckets as they fill, then the partial ones in route order. */
class OwnerChunkerTest {
    @Test
    void eachBatchHoldsOneRoutesIdsAndTheCutIsTheSameEveryTime() {
        List<List<String>> first = cut();
        assertEquals(cut(), first);
        assertEquals(List.of("1", "4", "7"), first.get(0), "route 1 fills first");
        assertEquals(List.of("2", "5", "8"), first.get(1));
        assertEquals(List.of("3", "6", "9"), first.get(2));
        List<String> all = new ArrayList<>();
        for (List<String> b : first) {
            assertEquals(1, b.stream().map(id -> Long.parseLong(id) % 3).distinct().count(), b.toString());
            all.addAll(b);
        }
        assertEquals(10, all.size());
        assertEquals(List.of("10"), first.get(3), "the partial bucket of route 1 at the end");
        assertEquals(first.size(), OwnerChunker.batchCount(LongStream.rangeClosed(1, 10).iterator(), 3, 3,
                id -> (int) (id % 3)));
    }

    private static List<List<String>> cut() {
        OwnerChunker chunker = new OwnerChunker(LongStream.rangeClosed(1, 10).iterator(), 3, List.of(), 3,
                id -> (int) (id % 3));
        List<List<String>> batches = new ArrayList<>();
        int n = 0;
        while (chunker.hasNext()) {
            IdBatch b = chunker.next();
            assertEquals(++n, b.number());
            batches.add(b.tweetIds());
        }
        return batches;
    }
}
