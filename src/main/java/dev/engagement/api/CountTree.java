package dev.engagement.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One grouping's counts: nested levels in {@code group_by} order, the innermost holding counts.
 * Keys keep their first-seen order; adding a path that exists adds to its count.
 */
public final class CountTree {
    private final Map<String, Object> children = new LinkedHashMap<>();

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
        Object leaf = node.children.get(path[path.length - 1]);
        if (leaf == null) {
            node.children.put(path[path.length - 1], new long[] {count});
        } else if (leaf instanceof long[]) {
            ((long[]) leaf)[0] = sum(((long[]) leaf)[0], count);
        } else {
            throw new IllegalArgumentException("path " + Arrays.toString(path) + " ends above the count level");
        }
    }

    /** {@link #add} for a path of one key at this level. */
    public void addCount(String key, long count) {
        // One lookup for the usual case, a key not seen before: the new leaf goes in at once.
        Object leaf = children.putIfAbsent(key, new long[] {count});
        if (leaf == null) {
            return;
        }
        if (leaf instanceof long[]) {
            ((long[]) leaf)[0] = sum(((long[]) leaf)[0], count);
        } else {
            throw new IllegalArgumentException("path [" + key + "] ends above the count level");
        }
    }

    public void addAll(CountTree other) {
        for (Map.Entry<String, Object> e : other.children.entrySet()) {
            Object mine = children.get(e.getKey());
            if (e.getValue() instanceof long[]) {
                long v = ((long[]) e.getValue())[0];
                if (mine == null) {
                    children.put(e.getKey(), new long[] {v});
                } else {
                    ((long[]) mine)[0] = sum(((long[]) mine)[0], v);
                }
            } else {
                CountTree theirs = (CountTree) e.getValue();
                if (mine == null) {
                    CountTree copy = new CountTree();
                    copy.addAll(theirs);
                    children.put(e.getKey(), copy);
                } else {
                    ((CountTree) mine).addAll(theirs);
                }
            }
        }
    }

    /** Replaces this node's keys and values with those of {@code other} (which is taken over). */
    public void replaceWith(CountTree other) {
        children.clear();
        children.putAll(other.children);
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
        CountTree fresh = new CountTree();
        Object child = children.putIfAbsent(key, fresh);
        if (child == null) {
            return fresh;
        }
        if (child instanceof CountTree) {
            return (CountTree) child;
        }
        throw new IllegalArgumentException("'" + key + "' is a count, not a level");
    }

    /** The subtree under a key, or null. */
    public CountTree child(String key) {
        Object child = children.get(key);
        return child instanceof CountTree ? (CountTree) child : null;
    }

    /** The count under a key at this (innermost) level, or null. */
    public Long count(String key) {
        Object child = children.get(key);
        return child instanceof long[] ? ((long[]) child)[0] : null;
    }

    public Set<String> keys() {
        return children.keySet();
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    public int size() {
        return children.size();
    }

    public void forEachLeaf(int depth, LeafVisitor visitor) {
        walk(new String[depth], 0, visitor);
    }

    private void walk(String[] path, int level, LeafVisitor visitor) {
        for (Map.Entry<String, Object> e : children.entrySet()) {
            path[level] = e.getKey();
            if (e.getValue() instanceof long[]) {
                visitor.visit(path, ((long[]) e.getValue())[0]);
            } else {
                ((CountTree) e.getValue()).walk(path, level + 1, visitor);
            }
        }
    }

    /** Direct access for serializers: values are {@link CountTree} or {@code long[1]}. */
    public Set<Map.Entry<String, Object>> entries() {
        return children.entrySet();
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
        for (Map.Entry<String, Object> e : t.children.entrySet()) {
            m.put(e.getKey(), e.getValue() instanceof long[] ? (Object) ((long[]) e.getValue())[0]
                    : toPlain((CountTree) e.getValue()));
        }
        return m;
    }

    @Override
    public String toString() {
        return toPlain(this).toString();
    }
}
