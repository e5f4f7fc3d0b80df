package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The N Tweets with the highest count per metric: a bounded min-heap per metric, O(log N) per
 * Tweet and O(N x metrics) memory. Fed one batch at a time from a grouping that has both
 * {@code tweet.id} and {@code engagement.type}; time buckets are summed per Tweet. A Tweet never
 * appears in two batches, so a batch's sums are final.
 */
public final class TopTweets {
    /** One ranked entry. */
    public record Entry(long tweetId, long count) {
    }

    /** Highest count first; ties by Tweet ID ascending. */
    public static final Comparator<Entry> RANKING = Comparator.comparingLong(Entry::count).reversed()
            .thenComparingLong(Entry::tweetId);

    private final int n;
    private final Grouping source;
    private final Map<String, PriorityQueue<Entry>> heaps = new LinkedHashMap<>();

    /** {@code source}: the grouping to read (it has {@code tweet.id} and {@code engagement.type}). */
    public TopTweets(int n, Grouping source) {
        this.n = n;
        this.source = source;
    }

    public static boolean canFeedFrom(Grouping g) {
        return g.has(GroupKey.TWEET_ID) && g.has(GroupKey.ENGAGEMENT_TYPE);
    }

    public Grouping source() {
        return source;
    }

    public void offer(Grouping grouping, CountTree counts) {
        if (!grouping.equals(source)) {
            return;
        }
        int idAt = grouping.keys().indexOf(GroupKey.TWEET_ID);
        int typeAt = grouping.keys().indexOf(GroupKey.ENGAGEMENT_TYPE);
        Map<String, Map<String, long[]>> sums = new LinkedHashMap<>();
        counts.forEachLeaf(grouping.depth(), (path, count) ->
                sums.computeIfAbsent(path[typeAt], k -> new HashMap<>())
                        .computeIfAbsent(path[idAt], k -> new long[1])[0] += count);
        for (Map.Entry<String, Map<String, long[]>> metric : sums.entrySet()) {
            PriorityQueue<Entry> heap = heaps.computeIfAbsent(metric.getKey(),
                    k -> new PriorityQueue<>(RANKING.reversed()));
            for (Map.Entry<String, long[]> t : metric.getValue().entrySet()) {
                offer(heap, new Entry(Long.parseLong(t.getKey()), t.getValue()[0]));
            }
        }
    }

    private void offer(PriorityQueue<Entry> heap, Entry e) {
        if (heap.size() < n) {
            heap.add(e);
        } else if (RANKING.compare(e, heap.peek()) < 0) {
            heap.poll();
            heap.add(e);
        }
    }

    /** Per metric (in first-seen order), the ranked entries, best first. */
    public Map<String, List<Entry>> ranked() {
        return ranked(List.of());
    }

    /** Per metric, the ranked entries, best first: the metrics of {@code order} first, in that order, then any other. */
    public Map<String, List<Entry>> ranked(List<String> order) {
        List<String> metrics = new ArrayList<>();
        for (String m : order) {
            if (heaps.containsKey(m)) {
                metrics.add(m);
            }
        }
        for (String m : heaps.keySet()) {
            if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (String m : metrics) {
            List<Entry> list = new ArrayList<>(heaps.get(m));
            list.sort(RANKING);
            out.put(m, list);
        }
        return out;
    }
}
