package dev.engagement.input;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongHashSetTest {

    @Test
    void addReportsWhetherTheValueWasNew() {
        LongHashSet set = new LongHashSet();
        assertTrue(set.add(InputFixture.A));
        assertFalse(set.add(InputFixture.A));
        assertTrue(set.add(InputFixture.B));
        assertEquals(2, set.size());
        assertTrue(set.contains(InputFixture.A));
        assertFalse(set.contains(InputFixture.C));
    }

    @Test
    void zeroAndExtremeValuesAreOrdinaryMembers() {
        LongHashSet set = new LongHashSet();
        assertFalse(set.contains(0));
        assertTrue(set.add(0));
        assertFalse(set.add(0));
        assertTrue(set.add(Long.MAX_VALUE));
        assertFalse(set.add(Long.MAX_VALUE));
        assertTrue(set.add(Long.MIN_VALUE));
        assertTrue(set.add(-1));
        assertEquals(4, set.size());
        assertTrue(set.contains(0));
        assertTrue(set.contains(Long.MAX_VALUE));
        assertTrue(set.contains(Long.MIN_VALUE));
        assertTrue(set.contains(-1));
        assertFalse(set.contains(1));
    }

    @Test
    void growsAndKeepsEveryMember() {
        LongHashSet set = new LongHashSet();
        long initialBytes = set.tableBytes();
        SplittableRandom random = new SplittableRandom(42);
        long[] values = new long[300_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = snowflakeLike(random);
            set.add(values[i]);
        }
        assertTrue(set.tableBytes() > initialBytes);
        for (long value : values) {
            assertTrue(set.contains(value));
            assertFalse(set.add(value));
        }
        assertEquals(distinctCount(values), set.size());
    }

    @Test
    void sequentialIdsWithSharedHighBitsAreSpreadOut() {
        LongHashSet set = new LongHashSet();
        for (long id = InputFixture.A; id < InputFixture.A + 200_000; id++) {
            assertTrue(set.add(id));
        }
        assertEquals(200_000, set.size());
        assertTrue(set.contains(InputFixture.A + 199_999));
        assertFalse(set.contains(InputFixture.A + 200_000));
    }

    @Test
    void presizedSetDoesNotGrowUpToItsExpectedSize() {
        LongHashSet set = new LongHashSet(100_000);
        long bytes = set.tableBytes();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            set.add(snowflakeLike(random));
        }
        assertEquals(bytes, set.tableBytes());
        assertEquals(262_144 * Long.BYTES, bytes, "100,000 / 0.75 rounded up to a power of two");
    }

    @Test
    void emptySetIsSmall() {
        assertEquals(0, new LongHashSet().size());
        assertEquals(64 * 4 * Long.BYTES, new LongHashSet().tableBytes(), "64 tables of four slots");
        assertEquals(64 * 8 * Long.BYTES, new LongHashSet(12).tableBytes());
    }

    @Test
    void growingCopiesOneSmallTableAtATime() {
        LongHashSet set = new LongHashSet();
        SplittableRandom random = new SplittableRandom(11);
        long before = set.tableBytes();
        for (int i = 0; i < 300_000; i++) {
            set.add(snowflakeLike(random));
            long after = set.tableBytes();
            // One of 64 tables doubles: it adds about a 64th of the whole, never the whole again.
            assertTrue(after - before <= Math.max(1024, after / 32), i + ": " + before + " -> " + after);
            before = after;
        }
    }

    private static long snowflakeLike(SplittableRandom random) {
        return random.nextLong(1_850_000_000_000_000_000L, 2_070_000_000_000_000_000L);
    }

    private static long distinctCount(long[] values) {
        return java.util.Arrays.stream(values).distinct().count();
    }
}
