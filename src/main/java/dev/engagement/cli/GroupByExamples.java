package dev.engagement.cli;

import java.util.Iterator;
import java.util.List;

/** Typical --group-by values, for shell completion; days and hours apply to 28hr and historical only. */
final class GroupByExamples implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return List.of(
                "by_tweet=tweet.id,engagement.type",
                "by_type=engagement.type",
                "daily=tweet.id,engagement.type,engagement.day",
                "hourly=tweet.id,engagement.type,engagement.day,engagement.hour",
                "timeline=engagement.type,engagement.day,engagement.hour").iterator();
    }
}
