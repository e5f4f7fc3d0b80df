package dev.engagement.store;

import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What identifies and describes one run's snapshot; its counts come from the run's batches.
 * {@code fingerprint} and {@code fetchedAt} (when the run started, kept by its journal) are its
 * identity: storing the same run again, or a resumed run, never adds a second snapshot.
 *
 * @param outOfRange IDs no request asked for (outside the window the API serves)
 */
public record Snapshot(Instant fetchedAt, String endpoint, List<String> metrics, List<Grouping> groupings,
        String fingerprint, boolean complete, long tweetIds, String toolVersion, List<String> outOfRange) {
    public Snapshot {
        metrics = List.copyOf(metrics);
        groupings = List.copyOf(groupings);
        outOfRange = List.copyOf(outOfRange);
    }

    /** The groupings as {@code name=key,key} joined by {@code ;}. */
    String describeGroupings() {
        return groupings.stream().map(Grouping::describe).collect(Collectors.joining(";"));
    }

    /**
     * The grouping that gives a Tweet's count per metric (growth reads it, summed over any day or
     * hour): keyed by Tweet, with the engagement type, the fewest keys first. Null when none.
     */
    String tweetGrouping() {
        return groupings.stream().filter(g -> g.isKeyedByTweet() && g.has(GroupKey.ENGAGEMENT_TYPE))
                .min(Comparator.comparingInt(Grouping::depth)).map(Grouping::name).orElse(null);
    }
}
