package dev.engagement.api;

import java.time.Duration;
import java.time.Instant;

/** A half-open time range {@code [start, end)}. */
public record TimeWindow(Instant start, Instant end) {
    public Duration duration() {
        return Duration.between(start, end);
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    @Override
    public String toString() {
        return TimeRules.formatWire(start) + ".." + TimeRules.formatWire(end);
    }
}
