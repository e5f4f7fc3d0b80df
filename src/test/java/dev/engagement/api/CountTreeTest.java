package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A level finds every key again, in first-seen order, whether it is searched linearly or through its index. */
class CountTreeTest {
    @Test
    void everyLevelSizeAgreesWithAnOrderedMap() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            int keys = 1 + random.nextInt(round < 100 ? 40 : 400);
            CountTree tree = new CountTree();
            Map<String, Long> expected = new LinkedHashMap<>();
            for (int k = 0; k < keys * 2; k++) {
                // Keys alike in length and in their first and last character, as hours and Tweet IDs are.
                String key = random.nextInt(4) == 0 ? "" : "1" + random.nextInt(keys) + "0";
                long count = random.nextInt(1000);
                tree.addCount(key, count);
                expected.merge(key, count, Long::sum);
            }
            assertEquals(new ArrayList<>(expected.keySet()), tree.keys());
            for (Map.Entry<String, Long> e : expected.entrySet()) {
                assertEquals(e.getValue(), tree.count(e.getKey()), e.getKey());
            }
            assertNull(tree.count("absent"));
            assertNull(tree.child("absent"));
        }
    }

    @Test
    void aLevelTellsWhetherItHoldsCountsOnlyAndItsFirstNegativeCount() {
        CountTree counts = new CountTree();
        assertTrue(counts.holdsCountsOnly());
        assertEquals(0L, counts.firstNegativeCount());
        for (int k = 0; k < 40; k++) {
            counts.addCount("k" + k, k == 30 ? -4 : k == 35 ? -9 : k);
        }
        assertTrue(counts.holdsCountsOnly());
        assertEquals(-4L, counts.firstNegativeCount());
        CountTree mixed = new CountTree();
        mixed.addCount("a", 1);
        mixed.childOrCreate("b").addCount("c", 2);
        assertFalse(mixed.holdsCountsOnly());
    }

    @Test
    void levelsAndCountsStayApart() {
        CountTree tree = new CountTree();
        tree.add(new String[] {"1", "favorites"}, 3);
        tree.add(new String[] {"1", "favorites"}, 4);
        assertEquals(7L, tree.child("1").count("favorites"));
        assertThrows(IllegalArgumentException.class, () -> tree.add(new String[] {"1"}, 1));
        assertThrows(IllegalArgumentException.class, () -> tree.add(new String[] {"1", "favorites", "x"}, 1));
        CountTree other = new CountTree();
        other.add(new String[] {"2", "retweets"}, 1);
        other.add(new String[] {"1", "favorites"}, 1);
        tree.addAll(other);
        assertEquals(List.of("1", "2"), tree.keys());
        assertEquals(8L, tree.child("1").count("favorites"));
    }
}
