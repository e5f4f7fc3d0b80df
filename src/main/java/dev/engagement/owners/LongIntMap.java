package dev.engagement.owners;

import java.util.function.LongConsumer;

/**
 * Primitive {@code long -> int} map, open addressing with linear probing and backward-shift removal:
 * about 24 bytes per entry at its highest load, nothing boxed. Key 0 is not allowed (no Tweet has it).
 */
final class LongIntMap {
    static final int ABSENT = -1;
    private long[] keys = new long[16];
    private int[] values = new int[16];
    private int size;

    int get(long key) {
        int i = slot(key);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        return ABSENT;
    }

    /** Returns whether the map changed. */
    boolean put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0");
        }
        int i = slot(key);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                boolean changed = values[i] != value;
                values[i] = value;
                return changed;
            }
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = key;
        values[i] = value;
        if (++size > keys.length * 3 / 4) {
            grow();
        }
        return true;
    }

    /** Returns whether there was an entry. */
    boolean remove(long key) {
        int mask = keys.length - 1;
        int i = slot(key);
        while (keys[i] != key) {
            if (keys[i] == 0) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = 0;
        size--;
        // Shift later entries of the same probe run back, so lookups never stop at the hole.
        for (int j = (i + 1) & mask; keys[j] != 0; j = (j + 1) & mask) {
            int home = slot(keys[j]);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                keys[i] = keys[j];
                values[i] = values[j];
                keys[j] = 0;
                i = j;
            }
        }
        return true;
    }

    void clear() {
        java.util.Arrays.fill(keys, 0);
        size = 0;
    }

    int size() {
        return size;
    }

    void forEachKey(LongConsumer action) {
        for (long k : keys) {
            if (k != 0) {
                action.accept(k);
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
