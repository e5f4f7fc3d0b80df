package dev.engagement.testing;

import dev.engagement.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, and a sleeper that moves it instead of sleeping. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    /** Every wait {@link #sleeper()} was asked for. */
    public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public MutableClock(Instant start) {
        now = new AtomicReference<>(start);
    }

    public void set(Instant t) {
        now.set(t);
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    public Sleeper sleeper() {
        return d -> {
            sleeps.add(d);
            advance(d);
        };
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
