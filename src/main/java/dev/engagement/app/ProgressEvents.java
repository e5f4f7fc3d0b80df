package dev.engagement.app;

import dev.engagement.console.Progress;
import dev.engagement.http.ExchangeEvents;
import dev.engagement.http.RateLimitHeaders;
import java.time.Duration;
import java.time.Instant;

/** Shows what the HTTP layer reports on the progress display. */
final class ProgressEvents implements ExchangeEvents {
    private final Progress progress;

    ProgressEvents(Progress progress) {
        this.progress = progress;
    }

    @Override
    public void onResponse(String endpoint, int tweetIds, int status, Duration elapsed, RateLimitHeaders limits) {
        progress.answered(new Progress.Answer(endpoint, tweetIds, status, elapsed, limits.remaining(), limits.limit()));
    }

    @Override
    public void onRetry(String reason, int retry, int maxRetries, Duration delay) {
        progress.retrying(reason, retry, maxRetries, delay);
    }

    @Override
    public void onWait(String reason, Instant until, Duration clockSkew) {
        progress.waiting(reason, until, clockSkew);
    }
}
