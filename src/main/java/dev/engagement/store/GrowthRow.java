package dev.engagement.store;

import java.time.Duration;
import java.time.Instant;

/** One Tweet's count of one metric in its first and its last snapshot of the period. */
public record GrowthRow(String metric, String tweetId, Instant firstAt, long first, Instant lastAt, long last) {
    public long change() {
        return last - first;
    }

    /** The change per day between the two snapshots. */
    public double perDay() {
        double days = Duration.between(firstAt, lastAt).toSeconds() / 86_400.0;
        return days <= 0 ? 0 : change() / days;
    }
}
