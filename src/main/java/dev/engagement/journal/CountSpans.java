package dev.engagement.journal;

import java.util.Arrays;
import java.util.List;

/**
 * Where each grouping's counts sit in the text of the batch records this process wrote, so that
 * copying them out again needs no scan of the record. Batches recorded by an earlier process (a
 * resumed run) are not here: their spans are found by reading the record.
 */
final class CountSpans {
    private final List<String> groupings;
    /** Per batch and grouping: the start + 1 of the counts (0: not known), and their end. */
    private int[] starts;
    private int[] ends;

    CountSpans(List<String> groupings) {
        this.groupings = groupings;
        this.starts = new int[64 * Math.max(1, groupings.size())];
        this.ends = new int[starts.length];
    }

    /** Forgets what was known of a batch: its record is being replaced. */
    void clear(int batch) {
        int at = slot(batch, 0);
        if (at < starts.length) {
            Arrays.fill(starts, at, Math.min(starts.length, at + groupings.size()), 0);
        }
    }

    void put(int batch, String grouping, int start, int end) {
        int g = groupings.indexOf(grouping);
        if (g < 0) {
            return;
        }
        int at = slot(batch, g);
        if (at >= starts.length) {
            int size = Math.max(starts.length * 2, at + groupings.size());
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
        starts[at] = start + 1;
        ends[at] = end;
    }

    /** The start of a grouping's counts in a batch's record, or -1 when not known here. */
    int start(int batch, String grouping) {
        int g = groupings.indexOf(grouping);
        int at = g < 0 ? Integer.MAX_VALUE : slot(batch, g);
        return at < starts.length ? starts[at] - 1 : -1;
    }

    /** Their end, where {@link #start} is known. */
    int end(int batch, String grouping) {
        return ends[slot(batch, groupings.indexOf(grouping))];
    }

    private int slot(int batch, int grouping) {
        long at = (long) batch * groupings.size() + grouping;
        return at > Integer.MAX_VALUE - 8 ? Integer.MAX_VALUE : (int) at;
    }
}
