package dev.engagement.http;

import java.time.Duration;
import java.time.Instant;

/** What the HTTP layer tells the user interface: each response, each retry, each wait. */
public interface FetchEvents {
    default void onResponse(String endpoint, int tweetIds, int status, Duration elapsed, RateLimitHeaders limits) {
    }

    default void onRetry(String reason, int retry, int maxRetries, Duration delay) {
    }

    /** A wait the user must see: why, until when, and how far this machine's clock is off the server's. */
    default void onWait(String reason, Instant until, Duration clockSkew) {
    }

    FetchEvents NONE = new FetchEvents() {
    };
}
