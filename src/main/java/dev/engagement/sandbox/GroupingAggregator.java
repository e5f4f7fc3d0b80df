package dev.engagement.sandbox;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the values of a response into one {@link CountTree} per grouping (spec 4): one cell per
 * combination of the grouping's dimensions, missing dimensions summed over, written in the
 * grouping's key order. Every requested Tweet, type and bucket of the window appears, zero or not.
 */
final class GroupingAggregator {
    private static final String[] HOUR_KEYS = new String[24];

    static {
        for (int h = 0; h < 24; h++) {
            HOUR_KEYS[h] = String.format("%02d", h);
        }
    }

    /**
     * What every grouping of a response is made from: {@code values[t][m]} for Tweet
     * {@code tweetIds.get(t)} and metric {@code metrics.get(m)}, one element per hour bucket, or
     * the single lifetime total when {@code buckets} is null ({@code /totals}).
     */
    record Input(List<String> tweetIds, List<Metric> metrics, long[][][] values, Buckets buckets) {
        static Input of(List<String> tweetIds, List<Metric> metrics, long[][][] values, TimeWindow window) {
            return new Input(tweetIds, metrics, values, window == null ? null : new Buckets(window));
        }

        int hours() {
            return buckets == null ? 1 : buckets.hours;
        }
    }

    /** Day and hour-of-day (UTC) of each hour bucket of a window. */
    static final class Buckets {
        final int hours;
        final int[] dayIndex;
        final int[] hourOfDay;
        final List<String> dayKeys = new ArrayList<>();

        Buckets(TimeWindow w) {
            hours = (int) w.duration().toHours();
            dayIndex = new int[hours];
            hourOfDay = new int[hours];
            LocalDate last = null;
            for (int h = 0; h < hours; h++) {
                Instant t = w.start().plusSeconds(3600L * h);
                LocalDate d = LocalDate.ofInstant(t, ZoneOffset.UTC);
                if (!d.equals(last)) {
                    dayKeys.add(d.toString());
                    last = d;
                }
                dayIndex[h] = dayKeys.size() - 1;
                hourOfDay[h] = t.atOffset(ZoneOffset.UTC).getHour();
            }
        }
    }

    private final SandboxConfig.HourLayout hourLayout;

    GroupingAggregator(SandboxConfig.HourLayout hourLayout) {
        this.hourLayout = hourLayout;
    }

    CountTree aggregate(Grouping grouping, Input in) {
        CountTree tree = new CountTree();
        new Cells(effectiveKeys(grouping), in).writeTo(tree);
        return tree;
    }

    /** The grouping's levels, with a day level above a lone hour level in the E1 layout (spec 9 #1). */
    private List<GroupKey> effectiveKeys(Grouping g) {
        List<GroupKey> keys = new ArrayList<>(g.keys());
        if (hourLayout == SandboxConfig.HourLayout.DAY_THEN_HOUR && g.has(GroupKey.ENGAGEMENT_HOUR)
                && !g.has(GroupKey.ENGAGEMENT_DAY)) {
            keys.add(keys.indexOf(GroupKey.ENGAGEMENT_HOUR), GroupKey.ENGAGEMENT_DAY);
        }
        return keys;
    }

    /**
     * The sums of one grouping, indexed by (Tweet, type, day, hour-of-day) with a dimension the
     * grouping lacks collapsed to size 1, and the walk that writes them level by level.
     */
    private static final class Cells {
        private static final int TWEET = 0;
        private static final int TYPE = 1;
        private static final int DAY = 2;
        private static final int HOUR = 3;

        private final List<GroupKey> keys;
        private final Input in;
        private final int nY;
        private final int nD;
        private final int nR;
        private final long[] sums;
        /** Which (day, hour) cells hold at least one bucket of the window. */
        private final boolean[] present;
        /** The walk's position in each dimension, and the keys of the levels above. */
        private final int[] at = new int[4];
        private final String[] path;

        Cells(List<GroupKey> keys, Input in) {
            this.keys = keys;
            this.in = in;
            boolean hasT = keys.contains(GroupKey.TWEET_ID);
            boolean hasY = keys.contains(GroupKey.ENGAGEMENT_TYPE);
            boolean hasD = keys.contains(GroupKey.ENGAGEMENT_DAY);
            boolean hasR = keys.contains(GroupKey.ENGAGEMENT_HOUR);
            int nT = hasT ? in.tweetIds().size() : 1;
            nY = hasY ? in.metrics().size() : 1;
            nD = hasD ? in.buckets().dayKeys.size() : 1;
            nR = hasR ? 24 : 1;
            sums = new long[nT * nY * nD * nR];
            present = new boolean[nD * nR];
            path = new String[keys.size()];
            for (int t = 0; t < in.tweetIds().size(); t++) {
                for (int y = 0; y < in.metrics().size(); y++) {
                    long[] v = in.values()[t][y];
                    for (int h = 0; h < in.hours(); h++) {
                        int d = hasD ? in.buckets().dayIndex[h] : 0;
                        int r = hasR ? in.buckets().hourOfDay[h] : 0;
                        sums[index(hasT ? t : 0, hasY ? y : 0, d, r)] += v[h];
                        present[d * nR + r] = true;
                    }
                }
            }
        }

        void writeTo(CountTree tree) {
            write(tree, 0);
        }

        private void write(CountTree tree, int level) {
            if (level == keys.size()) {
                if (present[at[DAY] * nR + at[HOUR]]) {
                    tree.add(path, sums[index(at[TWEET], at[TYPE], at[DAY], at[HOUR])]);
                }
                return;
            }
            int dim = dimension(keys.get(level));
            for (int i = 0; i < size(dim); i++) {
                at[dim] = i;
                path[level] = label(dim, i);
                write(tree, level + 1);
            }
            at[dim] = 0;
        }

        private int index(int t, int y, int d, int r) {
            return ((t * nY + y) * nD + d) * nR + r;
        }

        private static int dimension(GroupKey key) {
            switch (key) {
                case TWEET_ID: return TWEET;
                case ENGAGEMENT_TYPE: return TYPE;
                case ENGAGEMENT_DAY: return DAY;
                default: return HOUR;
            }
        }

        private int size(int dim) {
            switch (dim) {
                case TWEET: return in.tweetIds().size();
                case TYPE: return in.metrics().size();
                case DAY: return nD;
                default: return 24;
            }
        }

        private String label(int dim, int i) {
            switch (dim) {
                case TWEET: return in.tweetIds().get(i);
                case TYPE: return in.metrics().get(i).wireName();
                case DAY: return in.buckets().dayKeys.get(i);
                default: return HOUR_KEYS[i];
            }
        }
    }
}
