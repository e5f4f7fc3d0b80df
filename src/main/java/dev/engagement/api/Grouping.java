package dev.engagement.api;

import java.util.List;
import java.util.stream.Collectors;

/** One named grouping of a request: the caller's name and its {@code group_by} keys, outermost first. */
public record Grouping(String name, List<GroupKey> keys) {
    public Grouping {
        keys = List.copyOf(keys);
    }

    public boolean has(GroupKey key) {
        return keys.contains(key);
    }

    /** Groupings whose outermost level is the Tweet ID can be written out batch by batch. */
    public boolean isKeyedByTweet() {
        return !keys.isEmpty() && keys.get(0) == GroupKey.TWEET_ID;
    }

    public int depth() {
        return keys.size();
    }

    public String describe() {
        return name + "=" + keys.stream().map(GroupKey::wireName).collect(Collectors.joining(","));
    }
}
