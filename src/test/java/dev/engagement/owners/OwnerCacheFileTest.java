package dev.engagement.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner cache file: a run reads the cache as it was at its start, and what it learnt is kept by save. */
class OwnerCacheFileTest {
    @TempDir
    Path dir;

    @Test
    void learntOwnersShowOnlyAfterSaveAndALineThatCannotBeReadIsDropped() throws Exception {
        Path file = dir.resolve("cache/owners.tsv");
        List<String> warnings = new ArrayList<>();
        OwnerCacheFile cache = OwnerCacheFile.open(file, warnings::add);
        assertEquals(0, cache.size());
        String empty = cache.snapshot();
        cache.owned(11, "brand");
        cache.owned(12, "ceo");
        assertNull(cache.ownerOf(11), "the run's view stays as it started");
        cache.save();
        OwnerCacheFile next = OwnerCacheFile.open(file, warnings::add);
        assertEquals("brand", next.ownerOf(11));
        assertEquals("ceo", next.ownerOf(12));
        assertTrue(!next.snapshot().equals(empty));
        next.owned(11, "ceo");
        next.ownedByNone(12);
        next.save();
        Files.writeString(file, Files.readString(file) + "garbage\n13\tx\ty\n-5\tz\n");
        OwnerCacheFile third = OwnerCacheFile.open(file, warnings::add);
        assertEquals("ceo", third.ownerOf(11));
        assertNull(third.ownerOf(12));
        assertEquals("x\ty", third.ownerOf(13), "a profile name is the rest of the line");
        assertNull(third.ownerOf(-5));
        assertEquals(List.of(), warnings);
    }

    @Test
    void theMapAgreesWithAHashMapThroughGrowthAndRemoval() {
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long key = 1 + random.nextInt(5_000);
            if (random.nextInt(3) == 0) {
                assertEquals(expected.remove(key) != null, map.remove(key));
            } else {
                int v = random.nextInt(10);
                map.put(key, v);
                expected.put(key, v);
            }
        }
        assertEquals(expected.size(), map.size());
        for (long k = 1; k <= 5_000; k++) {
            assertEquals(expected.getOrDefault(k, LongIntMap.ABSENT), map.get(k));
        }
    }
}
