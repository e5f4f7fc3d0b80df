package dev.engagement.cli;

import java.util.Iterator;
import java.util.List;

/** Typical --group-by values, for shell completion: days and hours only where the endpoint takes them. */
final class GroupByExamples {
    private GroupByExamples() {
    }

    static final class Totals implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("by_tweet=tweet.id,engagement.type", "by_type=engagement.type",
                    "by_type_and_tweet=engagement.type,tweet.id").iterator();
        }
    }

    static final class TimeSeries implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of(
                    "by_tweet=tweet.id,engagement.type",
                    "by_type=engagement.type",
                    "daily=tweet.id,engagement.type,engagement.day",
                    "hourly=tweet.id,engagement.type,engagement.day,engagement.hour",
                    "hour_of_day=tweet.id,engagement.type,engagement.hour",
                    "timeline=engagement.type,engagement.day,engagement.hour").iterator();
        }
    }
}
