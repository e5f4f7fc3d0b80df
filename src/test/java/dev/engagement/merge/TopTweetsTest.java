package dev.engagement.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopTweetsTest {
    @Test
    void matchesABruteForceSortIncludingTiesAndTimeBuckets() {
        Grouping g = new Grouping("g", List.of(GroupKey.ENGAGEMENT_TYPE, GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_HOUR));
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(12);
            TopTweets top = new TopTweets(n, g);
            List<TopTweets.Entry> all = new ArrayList<>();
            long id = 1_000_000;
            for (int batch = 0; batch < 10; batch++) {
                CountTree counts = new CountTree();
                for (int t = 0; t < 25; t++) {
                    id += 1 + random.nextInt(5);
                    long a = random.nextInt(6);
                    long b = random.nextInt(6);
                    counts.add(new String[] {"favorites", Long.toString(id), "01"}, a);
                    counts.add(new String[] {"favorites", Long.toString(id), "02"}, b);
                    all.add(new TopTweets.Entry(id, a + b));
                }
                top.offer(g, counts);
            }
            all.sort(TopTweets.RANKING);
            Map<String, List<TopTweets.Entry>> ranked = top.ranked();
            assertEquals(all.subList(0, Math.min(n, all.size())), ranked.get("favorites"), "seed " + seed);
        }
    }

    @Test
    void rankingIsHighestFirstThenIdAscending() {
        List<TopTweets.Entry> l = new ArrayList<>(List.of(new TopTweets.Entry(5, 1), new TopTweets.Entry(3, 9),
                new TopTweets.Entry(2, 9)));
        l.sort(TopTweets.RANKING);
        assertEquals(List.of(2L, 3L, 5L), l.stream().map(TopTweets.Entry::tweetId).toList());
        assertEquals(Comparator.class.isInstance(TopTweets.RANKING), true);
    }

    @Test
    void manyTiesSeveralMetricsAndFewerTweetsThanAsked() {
        Grouping g = new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY));
        for (int seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            int n = 1 + random.nextInt(40);
            int tweets = 1 + random.nextInt(60);
            TopTweets top = new TopTweets(n, g);
            Map<String, List<TopTweets.Entry>> all = new java.util.LinkedHashMap<>();
            List<Long> ids = new ArrayList<>();
            while (ids.size() < tweets) {
                long id = 1_000 + random.nextInt(100_000);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            for (int from = 0; from < ids.size(); from += 7) {
                CountTree batch = new CountTree();
                for (long id : ids.subList(from, Math.min(ids.size(), from + 7))) {
                    for (String metric : List.of("impressions", "replies")) {
                        long sum = 0;
                        for (String day : List.of("2026-11-19", "2026-11-20")) {
                            long c = random.nextInt(3);
                            sum += c;
                            batch.add(new String[] {Long.toString(id), metric, day}, c);
                        }
                        all.computeIfAbsent(metric, k -> new ArrayList<>()).add(new TopTweets.Entry(id, sum));
                    }
                }
                top.offer(g, batch);
                top.offer(new Grouping("other", g.keys()), batch);
            }
            all.values().forEach(l -> l.sort(TopTweets.RANKING));
            Map<String, List<TopTweets.Entry>> ranked = top.ranked(List.of("replies", "impressions"));
            assertEquals(List.of("replies", "impressions"), new ArrayList<>(ranked.keySet()), "seed " + seed);
            for (String metric : ranked.keySet()) {
                List<TopTweets.Entry> expected = all.get(metric);
                assertEquals(expected.subList(0, Math.min(n, expected.size())), ranked.get(metric), "seed " + seed);
            }
        }
    }
}
