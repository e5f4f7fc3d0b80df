package dev.engagement.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engagement.api.CountTree;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultMergerTest {
    static final Grouping BY_TWEET = new Grouping("by_tweet", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
    static final Grouping HOURLY = new Grouping("hourly",
            List.of(GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR));

    static EngagementResponse response(String tweet, long impressions, String day, String hour, long hourly) {
        EngagementResponse r = new EngagementResponse();
        CountTree t = new CountTree();
        t.add(new String[] {tweet, "impressions"}, impressions);
        r.groupings.put("by_tweet", t);
        CountTree h = new CountTree();
        h.add(new String[] {"impressions", day, hour}, hourly);
        r.groupings.put("hourly", h);
        r.start = "2026-11-20T10:00:00Z";
        r.end = "2026-11-21T15:00:00Z";
        return r;
    }

    @Test
    void streamsTweetGroupingsAndSumsAggregatesAcrossBatchesAndWindows() throws Exception {
        List<String> streamed = new ArrayList<>();
        ResultMerger merger = new ResultMerger(List.of(BY_TWEET, HOURLY), List.of(BY_TWEET, HOURLY), (g, counts) -> {
            if (g.isKeyedByTweet()) {
                streamed.add(counts.toString());
            }
        });
        BatchResult b1 = new BatchResult(List.of(BY_TWEET, HOURLY));
        b1.add(response("1", 10, "2026-11-20", "23", 3));
        b1.add(response("1", 5, "2026-11-21", "00", 4));
        b1.add(response("1", 1, "2026-11-20", "23", 1));
        merger.accept(b1);
        BatchResult b2 = new BatchResult(List.of(BY_TWEET, HOURLY));
        EngagementResponse r2 = response("2", 7, "2026-11-20", "23", 2);
        r2.unavailableTweetIds.add("3");
        b2.add(r2);
        merger.accept(b2);
        RunResult result = merger.finish(null, List.of(), false);

        assertEquals(List.of("{1={impressions=16}}", "{2={impressions=7}}"), streamed);
        CountTree hourly = result.aggregates().get("hourly");
        assertEquals(6L, hourly.child("impressions").child("2026-11-20").count("23"));
        assertEquals(4L, hourly.child("impressions").child("2026-11-21").count("00"));
        assertEquals(Set.of("3"), result.ids().unavailable);
        assertEquals("2026-11-20T10:00:00Z", result.start());
    }

    @Test
    void hiddenGroupingsAreNotKept() throws Exception {
        ResultMerger merger = new ResultMerger(List.of(BY_TWEET, HOURLY), List.of(BY_TWEET), (g, c) -> { });
        assertEquals(Set.of(), merger.finish(null, List.of(), false).aggregates().keySet());
    }
}
