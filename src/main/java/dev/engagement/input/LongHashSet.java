package dev.engagement.input;

/**
 * A set of primitive longs: open addressing with linear probing in {@code long[]} tables, so each
 * member costs 8 bytes divided by the load factor (between 0.375 and 0.75) and nothing is boxed.
 * Slot value 0 marks an empty slot; the member 0 itself is recorded in a separate flag.
 *
 * <p>The members are split by the top bits of their hash over {@value #SEGMENTS} tables that grow one
 * at a time. Growing one table copies it into one twice its size, so with a single table the set
 * briefly held one and a half times its final size (for a million IDs, 25 MB where 17 MB stay); split,
 * it holds at most one small table more than its own.
 */
public final class LongHashSet {
    private static final double MAX_LOAD = 0.75;
    private static final int SEGMENT_BITS = 6;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    private static final int MIN_SEGMENT_CAPACITY = 4;
    private static final int MAX_SEGMENT_CAPACITY = 1 << 30;

    private final Segment[] segments = new Segment[SEGMENTS];
    private long nonZeroCount;
    private boolean containsZero;

    public LongHashSet() {
        this(0);
    }

    /** Sizes the tables so that {@code expectedSize} members fit without growing. */
    public LongHashSet(long expectedSize) {
        int capacity = capacityFor(expectedPerSegment(expectedSize));
        for (int s = 0; s < SEGMENTS; s++) {
            segments[s] = new Segment(capacity);
        }
    }

    /** One of the tables, with what its probing and growing need beside it. */
    private static final class Segment {
        long[] table;
        int mask;
        int resizeAt;
        int count;

        Segment(int capacity) {
            allocate(capacity);
        }

        void allocate(int capacity) {
            table = new long[capacity];
            mask = capacity - 1;
            resizeAt = capacity == MAX_SEGMENT_CAPACITY ? MAX_SEGMENT_CAPACITY - 1 : (int) (capacity * MAX_LOAD);
        }

        /** The slot that holds {@code value} (not 0), or else the empty slot where it belongs. */
        int find(long value) {
            int index = (int) mix(value) & mask;
            while (table[index] != 0 && table[index] != value) {
                index = (index + 1) & mask;
            }
            return index;
        }

        void grow(long size) {
            long[] old = table;
            if (old.length == MAX_SEGMENT_CAPACITY) {
                throw new IllegalStateException("too many distinct values for one LongHashSet: " + size);
            }
            allocate(old.length * 2);
            for (long value : old) {
                if (value != 0) {
                    table[find(value)] = value;
                }
            }
        }
    }

    /** @return true if {@code value} was not yet a member */
    public boolean add(long value) {
        if (value == 0) {
            boolean added = !containsZero;
            containsZero = true;
            return added;
        }
        Segment segment = segments[segment(mix(value))];
        int index = segment.find(value);
        if (segment.table[index] == value) {
            return false;
        }
        segment.table[index] = value;
        nonZeroCount++;
        if (++segment.count > segment.resizeAt) {
            segment.grow(size());
        }
        return true;
    }

    public boolean contains(long value) {
        if (value == 0) {
            return containsZero;
        }
        Segment segment = segments[segment(mix(value))];
        return segment.table[segment.find(value)] == value;
    }

    public long size() {
        return nonZeroCount + (containsZero ? 1 : 0);
    }

    /** Bytes held by the slot tables, the only part that grows with the number of members. */
    public long tableBytes() {
        long slots = 0;
        for (Segment segment : segments) {
            slots += segment.table.length;
        }
        return slots * Long.BYTES;
    }

    /** The table of a hash: its top bits, which the slot index (its low bits) does not use. */
    private static int segment(long h) {
        return (int) (h >>> (Long.SIZE - SEGMENT_BITS));
    }

    /** Snowflake IDs share their high bits, so the bits are mixed before masking (MurmurHash3 finalizer). */
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /**
     * The members one table should have room for when {@code expectedSize} are spread over all: the mean
     * and four standard deviations of a random spread, so that no table of a presized set has to grow.
     */
    private static long expectedPerSegment(long expectedSize) {
        if (expectedSize <= 0) {
            return 0;
        }
        double mean = (double) expectedSize / SEGMENTS;
        return (long) Math.ceil(mean + 4 * Math.sqrt(mean) + 4);
    }

    private static int capacityFor(long expectedSize) {
        long needed = (long) Math.ceil(expectedSize / MAX_LOAD);
        if (needed > MAX_SEGMENT_CAPACITY) {
            throw new IllegalArgumentException("too many distinct values for one LongHashSet: " + expectedSize);
        }
        int powerOfTwo = needed <= 1 ? 1 : Integer.highestOneBit((int) needed - 1) << 1;
        return Math.max(MIN_SEGMENT_CAPACITY, powerOfTwo);
    }
}
