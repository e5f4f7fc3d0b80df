package dev.engagement.http;

import dev.engagement.api.EngagementRequest;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.MalformedResponseException;
import dev.engagement.api.RequestJson;
import dev.engagement.api.ResponseJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends one Engagement API request and returns its final answer: paced by the rate limiter,
 * signed afresh for every attempt, retried on network faults, 5xx and unreadable 200 bodies, and
 * waiting out 429s (which never count as retries). Other statuses are returned as they are.
 */
public final class ApiClient {
    private static final Duration DEFAULT_429_WAIT = Duration.ofSeconds(60);
    private static final Duration LARGE_SKEW = Duration.ofSeconds(30);

    private final URI baseUrl;
    private final HttpTransport transport;
    private final Authenticator authenticator;
    private final RateLimiter limiter;
    private final Backoff backoff;
    private final int maxRetries;
    private final Sleeper sleeper;
    private final Clock clock;
    private final FetchEvents events;
    private long requestsSent;
    private long retries;
    private long rateLimitWaits;

    public ApiClient(URI baseUrl, HttpTransport transport, Authenticator authenticator, RateLimiter limiter,
            Backoff backoff, int maxRetries, Sleeper sleeper, Clock clock, FetchEvents events) {
        this.baseUrl = baseUrl;
        this.transport = transport;
        this.authenticator = authenticator;
        this.limiter = limiter;
        this.backoff = backoff;
        this.maxRetries = maxRetries;
        this.sleeper = sleeper;
        this.clock = clock;
        this.events = events;
    }

    public ApiResponse send(EngagementRequest request) throws RequestFailedException, InterruptedException {
        URI uri = URI.create(trimSlash(baseUrl.toString()) + "/" + request.endpoint().path());
        String body = RequestJson.write(request);
        int failures = 0;
        while (true) {
            limiter.acquire();
            String failure;
            long t0 = System.nanoTime();
            requestsSent++;
            try {
                HttpResult result = transport.execute(authenticator.authenticate(transport.newJsonPost(uri, body)));
                Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
                RateLimitHeaders limits = RateLimitHeaders.of(result, clock.instant());
                limiter.observe(limits);
                events.onResponse(request.endpoint().path(), request.tweetIds().size(), result.status(), elapsed, limits);
                if (result.status() == 429) {
                    waitForReset(limits);
                    continue;
                }
                if (result.status() >= 500) {
                    failure = "the API answered " + result.status();
                } else {
                    try {
                        return new ApiResponse(result.status(), parse(result), result);
                    } catch (MalformedResponseException e) {
                        if (result.status() != 200) {
                            return new ApiResponse(result.status(), null, result);
                        }
                        failure = "the API answered 200 with a body that is not valid JSON";
                    }
                }
            } catch (IOException e) {
                failure = describe(e);
            }
            failures++;
            if (failures > maxRetries) {
                throw new RequestFailedException(failure + " (gave up after " + maxRetries + " retries)");
            }
            retries++;
            Duration delay = backoff.delay(failures);
            events.onRetry(failure, failures, maxRetries, delay);
            sleeper.sleep(delay);
        }
    }

    private void waitForReset(RateLimitHeaders limits) throws InterruptedException {
        rateLimitWaits++;
        Instant now = clock.instant();
        Duration skew = limits.skew(now);
        Instant until;
        if (limits.reset() != null) {
            // The reset is in the server's clock; translate it into ours.
            until = limits.reset().plus(skew.abs().compareTo(LARGE_SKEW) > 0 ? skew : Duration.ZERO);
        } else {
            until = now.plus(backoff.jittered(DEFAULT_429_WAIT));
        }
        if (!until.isAfter(now)) {
            until = now.plusSeconds(1);
        }
        events.onWait("rate limit reached (HTTP 429)", until, skew.abs().compareTo(LARGE_SKEW) > 0 ? skew : Duration.ZERO);
        limiter.blockUntil(until);
    }

    private static EngagementResponse parse(HttpResult result) {
        return ResponseJson.parse(new InputStreamReader(new ByteArrayInputStream(result.body()), StandardCharsets.UTF_8));
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.net.SocketTimeoutException) {
            return "the request timed out";
        }
        if (e instanceof org.apache.hc.core5.http.NoHttpResponseException) {
            return "the connection was closed without a response";
        }
        if (e instanceof java.net.ConnectException) {
            return "could not connect to the API (" + e.getMessage() + ")";
        }
        return "network error (" + kind + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public long requestsSent() {
        return requestsSent;
    }

    public long retries() {
        return retries;
    }

    public long rateLimitWaits() {
        return rateLimitWaits;
    }

    public Authenticator authenticator() {
        return authenticator;
    }
}
