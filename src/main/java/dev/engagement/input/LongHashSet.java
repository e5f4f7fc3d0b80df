package dev.engagement.input;

/**
 * A set of primitive longs: open addressing with linear probing in one {@code long[]}, so each
 * member costs 8 bytes divided by the load factor (between 0.375 and 0.75) and nothing is boxed.
 * Slot value 0 marks an empty slot; the member 0 itself is recorded in a separate flag.
 */
public final class LongHashSet {
    private static final double MAX_LOAD = 0.75;
    private static final int MIN_CAPACITY = 16;
    private static final int MAX_CAPACITY = 1 << 30;

    private long[] slots;
    private int mask;
    private int resizeAt;
    private int nonZeroCount;
    private boolean containsZero;

    public LongHashSet() {
        this(0);
    }

    /** Sizes the table so that {@code expectedSize} members fit without growing. */
    public LongHashSet(long expectedSize) {
        allocate(capacityFor(expectedSize));
    }

    /** @return true if {@code value} was not yet a member */
    public boolean add(long value) {
        if (value == 0) {
            boolean added = !containsZero;
            containsZero = true;
            return added;
        }
        int index = indexOf(value);
        while (slots[index] != 0) {
            if (slots[index] == value) {
                return false;
            }
            index = (index + 1) & mask;
        }
        slots[index] = value;
        if (++nonZeroCount > resizeAt) {
            grow();
        }
        return true;
    }

    public boolean contains(long value) {
        if (value == 0) {
            return containsZero;
        }
        int index = indexOf(value);
        while (slots[index] != 0) {
            if (slots[index] == value) {
                return true;
            }
            index = (index + 1) & mask;
        }
        return false;
    }

    public long size() {
        return nonZeroCount + (containsZero ? 1 : 0);
    }

    /** Bytes held by the slot table, the only part that grows with the number of members. */
    public long tableBytes() {
        return (long) slots.length * Long.BYTES;
    }

    private int indexOf(long value) {
        return (int) mix(value) & mask;
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

    private void grow() {
        if (slots.length == MAX_CAPACITY) {
            throw new IllegalStateException("too many distinct values for one LongHashSet: " + size());
        }
        long[] old = slots;
        allocate(old.length * 2);
        for (long value : old) {
            if (value != 0) {
                int index = indexOf(value);
                while (slots[index] != 0) {
                    index = (index + 1) & mask;
                }
                slots[index] = value;
            }
        }
    }

    private void allocate(int capacity) {
        slots = new long[capacity];
        mask = capacity - 1;
        resizeAt = capacity == MAX_CAPACITY ? MAX_CAPACITY - 1 : (int) (capacity * MAX_LOAD);
    }

    private static int capacityFor(long expectedSize) {
        long needed = (long) Math.ceil(Math.max(expectedSize, 1) / MAX_LOAD);
        if (needed > MAX_CAPACITY) {
            throw new IllegalArgumentException("too many distinct values for one LongHashSet: " + expectedSize);
        }
        int powerOfTwo = needed <= 1 ? 1 : Integer.highestOneBit((int) needed - 1) << 1;
        return Math.max(MIN_CAPACITY, powerOfTwo);
    }
}
