package dev.engagement.journal;

import java.util.Arrays;

/**
 * Where each batch's last record is in a journal, by batch number, in primitive arrays: a run of
 * 400,000 batches indexes in a few megabytes. A later record of a batch replaces the earlier one.
 */
final class BatchIndex {
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private long[] hashes = new long[1024];
    private byte[] state = new byte[1024];
    private int highest;
    private int recorded;
    private int failed;

    private static final byte NONE = 0;
    private static final byte OK = 1;
    private static final byte FAILED = 2;

    void put(int batch, long offset, int length, long hash, boolean batchFailed) {
        grow(batch);
        if (state[batch] == NONE) {
            recorded++;
        } else if (state[batch] == FAILED) {
            failed--;
        }
        offsets[batch] = offset;
        lengths[batch] = length;
        hashes[batch] = hash;
        state[batch] = batchFailed ? FAILED : OK;
        if (batchFailed) {
            failed++;
        }
        highest = Math.max(highest, batch);
    }

    /** Whether a batch has a record whose IDs hash to {@code hash} and that did not fail. */
    boolean hasDone(int batch, long hash) {
        return batch <= highest && state[batch] == OK && hashes[batch] == hash;
    }

    boolean has(int batch) {
        return batch <= highest && state[batch] != NONE;
    }

    long offset(int batch) {
        return offsets[batch];
    }

    int length(int batch) {
        return lengths[batch];
    }

    int highest() {
        return highest;
    }

    /** Batches with a record, failed ones included. */
    int recorded() {
        return recorded;
    }

    /** Batches whose last record says they failed. */
    int failed() {
        return failed;
    }

    static long parseHash(String hex) {
        return Long.parseUnsignedLong(hex, 16);
    }

    private void grow(int batch) {
        if (batch >= offsets.length) {
            int n = Math.max(batch + 1, offsets.length * 2);
            offsets = Arrays.copyOf(offsets, n);
            lengths = Arrays.copyOf(lengths, n);
            hashes = Arrays.copyOf(hashes, n);
            state = Arrays.copyOf(state, n);
        }
    }
}
