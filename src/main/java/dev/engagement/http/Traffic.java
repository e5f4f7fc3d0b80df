package dev.engagement.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a run sent and how long it waited, counted by the steps of the exchange, for summaries and reports. */
public final class Traffic {
    private long requests;
    private long successes;
    private long retries;
    private long rateLimited;
    private final Map<String, Duration> waits = new LinkedHashMap<>();

    void requestSent() {
        requests++;
    }

    void answered(int status) {
        if (status < 500 && status != 429 && status != 408) {
            successes++;
        }
    }

    void retried() {
        retries++;
    }

    void refusedForRate() {
        rateLimited++;
    }

    void waited(String reason, Duration d) {
        if (!d.isNegative() && !d.isZero()) {
            waits.merge(reason, d, Duration::plus);
        }
    }

    public long requests() {
        return requests;
    }

    /** Requests the API answered (any status but 5xx, 408 and 429): proof that it is there and reachable. */
    public long answers() {
        return successes;
    }

    public long retries() {
        return retries;
    }

    /** Answers of HTTP 429. */
    public long rateLimited() {
        return rateLimited;
    }

    /** Time spent waiting, by reason, in the order the reasons first came up. */
    public Map<String, Duration> waits() {
        return Map.copyOf(waits);
    }

    public Duration totalWait() {
        return waits.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
