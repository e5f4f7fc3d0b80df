package dev.engagement.plan;

import dev.engagement.api.TimeWindow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * The result of {@link SincePost#plan}: Tweet IDs grouped by their window (one group per creation
 * hour, ordered by window start), plus the IDs that cannot be fetched and must be reported.
 */
public final class SincePostPlan {
    private final List<Group> groups;
    private final List<Long> tooOld;
    private final List<Long> notYetCreated;

    SincePostPlan(List<Group> groups, List<Long> tooOld, List<Long> notYetCreated) {
        this.groups = List.copyOf(groups);
        this.tooOld = List.copyOf(tooOld);
        this.notYetCreated = List.copyOf(notYetCreated);
    }

    /** The groups, ordered by window start. */
    public List<Group> groups() {
        return groups;
    }

    /**
     * IDs whose window would start before the earliest start the API allows (365 days back, less
     * {@link HistoricalRange#LOOKBACK_MARGIN}, and never before 2014-09-01), in input order, each once.
     * Pre-snowflake IDs land here too.
     */
    public List<Long> tooOld() {
        return tooOld;
    }

    /** IDs whose encoded creation time is after now (mistyped or made-up IDs), in input order, each once. */
    public List<Long> notYetCreated() {
        return notYetCreated;
    }

    /** Number of distinct IDs that will be fetched (excludes {@link #tooOld()} and {@link #notYetCreated()}). */
    public long idCount() {
        long n = 0;
        for (Group g : groups) {
            n += g.size();
        }
        return n;
    }

    /** Requests needed with batches of up to {@code batchSize}: per group, batches × windows. */
    public long requestCount(int batchSize) {
        long n = 0;
        for (Group g : groups) {
            n += g.batchCount(batchSize) * g.windows().size();
        }
        return n;
    }

    /** Number of batches (a batch is sent once per window of its group). */
    public long batchCount(int batchSize) {
        long n = 0;
        for (Group g : groups) {
            n += g.batchCount(batchSize);
        }
        return n;
    }

    /** Every distinct request window, in order of first appearance (groups are ordered by start). */
    public List<TimeWindow> distinctWindows() {
        Set<TimeWindow> all = new LinkedHashSet<>();
        for (Group g : groups) {
            all.addAll(g.windows());
        }
        return new ArrayList<>(all);
    }

    /** IDs created in the same hour: one range, cut into request windows of at most 28 days. */
    public static final class Group {
        private final TimeWindow range;
        private final List<TimeWindow> windows;
        private final long[] ids;

        Group(TimeWindow range, List<TimeWindow> windows, long[] ids) {
            this.range = range;
            this.windows = List.copyOf(windows);
            this.ids = ids;
        }

        /** From the creation hour for the requested duration, capped at now rounded up to the hour. */
        public TimeWindow range() {
            return range;
        }

        /** {@link #range()} cut into consecutive windows of at most 28 days. */
        public List<TimeWindow> windows() {
            return windows;
        }

        public int size() {
            return ids.length;
        }

        public long id(int index) {
            return ids[index];
        }

        /** The IDs, in first-occurrence order, without duplicates (a copy). */
        public long[] ids() {
            return ids.clone();
        }

        public LongStream idStream() {
            return Arrays.stream(ids);
        }

        public long batchCount(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
            }
            return Chunker.batchCount(ids.length, batchSize);
        }

        @Override
        public String toString() {
            return range + " " + windows.size() + " window(s), " + ids.length + " ID(s)";
        }
    }
}
