package dev.engagement.http;

import java.time.Duration;
import java.time.Instant;

/** What the HTTP layer tells whoever shows the run: each response, each retry, each wait. */
public interface ExchangeEvents {
    default void onResponse(String endpoint, int tweetIds, int status, Duration elapsed, RateLimitHeaders limits) {
    }

    default void onRetry(String reason, int retry, int maxRetries, Duration delay) {
    }

    /** A wait the user must see: why, until when, and how far this machine's clock is off the server's. */
    default void onWait(String reason, Instant until, Duration clockSkew) {
    }

    ExchangeEvents NONE = new ExchangeEvents() {
    };
}
