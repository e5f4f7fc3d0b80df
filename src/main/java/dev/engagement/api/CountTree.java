package dev.engagement.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One grouping's counts: nested levels in {@code group_by} order, the innermost holding counts.
 * Keys keep their first-seen order; adding a path that exists adds to its count.
 *
 * <p>Each level is three parallel arrays (keys, subtrees, counts) in key order: a response holds
 * thousands of small levels (the metrics of one Tweet, the hours of one day), for which a linear
 * search of a few dozen short keys beats hashing them, and no entry or boxed count is allocated per
 * key. A level with many keys (the Tweets of a batch) also gets a hash index into its arrays.
 */
public final class CountTree {
    /** Up to this many keys a level is searched from its first key; beyond, through its hash index. */
    private static final int LINEAR = 32;

    private static final int DEFAULT_CAPACITY = 4;
    private static final int MAX_CAPACITY_HINT = 64;

    private String[] keys;
    /** The subtree under each key, or null where the key holds a count; null while no key holds a subtree. */
    private CountTree[] children;
    /** The count under each key where it holds one; null while no key holds a count. */
    private long[] counts;
    private int size;
    /** Open addressing over the keys' hashes: slot value is the key's position + 1, 0 is empty; null until needed. */
    private int[] index;
    /**
     * One bit per key of a level searched linearly, chosen by the low six bits of its hash: a
     * key whose bit is clear is not here, so adding a new key to a level of a few dozen (the usual case) does
     * not compare it with every key already there.
     */
    private long signatures;

    public CountTree() {
        this(DEFAULT_CAPACITY);
    }

    /** A tree whose top level expects about {@code capacity} keys (as many as a sibling level held). */
    private CountTree(int capacity) {
        int c = Math.max(DEFAULT_CAPACITY, Math.min(capacity, MAX_CAPACITY_HINT));
        keys = new String[c];
    }

    /** Visits each count with its full key path (outermost first). The array is reused between calls. */
    @FunctionalInterface
    public interface LeafVisitor {
        void visit(String[] path, long count);
    }

    public void add(String[] path, long count) {
        CountTree node = this;
        for (int i = 0; i < path.length - 1; i++) {
            node = node.childOrCreate(path[i]);
        }
        String last = path[path.length - 1];
        int at = node.indexOf(last, signature(last));
        if (at >= 0 && node.childAt(at) != null) {
            throw new IllegalArgumentException("path " + Arrays.toString(path) + " ends above the count level");
        }
        node.addCount(last, count);
    }

    /** {@link #add} for a path of one key at this level. */
    public void addCount(String key, long count) {
        long signature = signature(key);
        int at = indexOf(key, signature);
        if (at < 0) {
            append(key, signature, null, count);
        } else if (childAt(at) == null) {
            counts[at] = sum(counts[at], count);
        } else {
            throw new IllegalArgumentException("path [" + key + "] ends above the count level");
        }
    }

    public void addAll(CountTree other) {
        for (int i = 0; i < other.size; i++) {
            String key = other.keys[i];
            long signature = signature(key);
            int at = indexOf(key, signature);
            CountTree theirs = other.childAt(i);
            if (theirs == null) {
                if (at < 0) {
                    append(key, signature, null, other.counts[i]);
                } else if (childAt(at) == null) {
                    counts[at] = sum(counts[at], other.counts[i]);
                } else {
                    throw new IllegalArgumentException("'" + key + "' is a level here, a count there");
                }
            } else if (at < 0) {
                CountTree copy = new CountTree();
                copy.addAll(theirs);
                append(key, signature, copy, 0);
            } else if (childAt(at) != null) {
                children[at].addAll(theirs);
            } else {
                throw new IllegalArgumentException("'" + key + "' is a count here, a level there");
            }
        }
    }

    /** Replaces this node's keys and values with those of {@code other} (which is taken over). */
    public void replaceWith(CountTree other) {
        keys = other.keys;
        children = other.children;
        counts = other.counts;
        size = other.size;
        index = other.index;
        signatures = other.signatures;
    }

    /** A sum of counts; one beyond 64 bits is an answer no API gives, refused rather than wrapped around. */
    private static long sum(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new CountOverflowException(a, b);
        }
    }

    /** Two counts whose sum does not fit in 64 bits. */
    public static final class CountOverflowException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CountOverflowException(long a, long b) {
            super("the counts " + a + " and " + b + " add up to more than " + Long.MAX_VALUE);
        }
    }

    public CountTree childOrCreate(String key) {
        return childOrCreate(key, DEFAULT_CAPACITY);
    }

    /** {@link #childOrCreate(String)}, a new subtree made for about {@code expectedKeys} keys. */
    public CountTree childOrCreate(String key, int expectedKeys) {
        long signature = signature(key);
        int at = indexOf(key, signature);
        if (at < 0) {
            CountTree t = new CountTree(expectedKeys);
            append(key, signature, t, 0);
            return t;
        }
        CountTree existing = childAt(at);
        if (existing != null) {
            return existing;
        }
        throw new IllegalArgumentException("'" + key + "' is a count, not a level");
    }

    /**
     * Appends a count under a key the caller knows this level does not hold yet, without looking it up:
     * the reader knows so when the level's keys so far are, instance for instance, those of a sibling level.
     */
    void appendNewCount(String key, long count) {
        append(key, signature(key), null, count);
    }

    /** {@link #appendNewCount} for a new subtree made for about {@code expectedKeys} keys; returns it. */
    CountTree appendNewChild(String key, int expectedKeys) {
        CountTree t = new CountTree(expectedKeys);
        append(key, signature(key), t, 0);
        return t;
    }

    /** The position of a key at this level, or -1. */
    int position(String key) {
        return indexOf(key, signature(key));
    }

    /** The subtree under a key, or null. */
    public CountTree child(String key) {
        int at = indexOf(key, signature(key));
        return at < 0 ? null : childAt(at);
    }

    /** The count under a key at this (innermost) level, or null. */
    public Long count(String key) {
        int at = indexOf(key, signature(key));
        return at < 0 || childAt(at) != null ? null : counts[at];
    }

    /** The keys of this level in first-seen order (a view). */
    public List<String> keys() {
        return Arrays.asList(keys).subList(0, size);
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** The key at position {@code i} of this level, {@code 0 <= i < size()}. */
    public String keyAt(int i) {
        return keys[i];
    }

    /** Whether position {@code i} holds a count (else a subtree). */
    public boolean isCountAt(int i) {
        return childAt(i) == null;
    }

    /** The count at position {@code i}; only where {@link #isCountAt} holds. */
    public long countAt(int i) {
        return counts[i];
    }

    /** Whether every key of this level holds a count (none a subtree). */
    public boolean holdsCountsOnly() {
        return children == null;
    }

    /** The first negative count of this level, or 0 where none is; only where {@link #holdsCountsOnly} holds. */
    public long firstNegativeCount() {
        for (int i = 0; i < size; i++) {
            if (counts[i] < 0) {
                return counts[i];
            }
        }
        return 0;
    }

    /** The subtree at position {@code i}, or null where it holds a count. */
    public CountTree childAt(int i) {
        return children == null ? null : children[i];
    }

    public void forEachLeaf(int depth, LeafVisitor visitor) {
        walk(new String[depth], 0, visitor);
    }

    private void walk(String[] path, int level, LeafVisitor visitor) {
        for (int i = 0; i < size; i++) {
            path[level] = keys[i];
            CountTree child = childAt(i);
            if (child == null) {
                visitor.visit(path, counts[i]);
            } else {
                child.walk(path, level + 1, visitor);
            }
        }
    }

    private int indexOf(String key, long signature) {
        if (index == null) {
            if ((signatures & signature) == 0) {
                return -1;
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = index.length - 1;
        for (int slot = spread(key.hashCode()) & mask; index[slot] != 0; slot = (slot + 1) & mask) {
            int at = index[slot] - 1;
            if (keys[at].equals(key)) {
                return at;
            }
        }
        return -1;
    }

    private void append(String key, long signature, CountTree child, long count) {
        if (size == keys.length) {
            int capacity = size * 2;
            keys = Arrays.copyOf(keys, capacity);
            if (children != null) {
                children = Arrays.copyOf(children, capacity);
            }
            if (counts != null) {
                counts = Arrays.copyOf(counts, capacity);
            }
        }
        keys[size] = key;
        if (child != null) {
            if (children == null) {
                children = new CountTree[keys.length];
            }
            children[size] = child;
        } else {
            if (counts == null) {
                counts = new long[keys.length];
            }
            counts[size] = count;
        }
        signatures |= signature;
        size++;
        if (index != null) {
            if (size * 2 > index.length) {
                rebuildIndex(index.length * 2);
            } else {
                insert(index, size - 1);
            }
        } else if (size > LINEAR) {
            rebuildIndex(Integer.highestOneBit(size * 4));
        }
    }

    private void rebuildIndex(int slots) {
        index = new int[slots];
        for (int i = 0; i < size; i++) {
            insert(index, i);
        }
    }

    private void insert(int[] table, int at) {
        int mask = table.length - 1;
        int slot = spread(keys[at].hashCode()) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = at + 1;
    }

    /**
     * One of 64 bits, by the key's hash: a string keeps its hash once computed, and the reader hands out
     * a recurring key as one instance, so this is a field read where two characters were.
     */
    private static long signature(String key) {
        return 1L << key.hashCode();
    }

    /** The hash's high bits folded into the low bits the mask keeps, as {@link java.util.HashMap} does. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountTree && toPlain(this).equals(toPlain((CountTree) o));
    }

    @Override
    public int hashCode() {
        return toPlain(this).hashCode();
    }

    private static Map<String, Object> toPlain(CountTree t) {
        Map<String, Object> m = new java.util.TreeMap<>();
        for (int i = 0; i < t.size; i++) {
            m.put(t.keys[i], t.childAt(i) == null ? (Object) t.counts[i] : toPlain(t.childAt(i)));
        }
        return m;
    }

    @Override
    public String toString() {
        return toPlain(this).toString();
    }
}
