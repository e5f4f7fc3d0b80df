package dev.engagement.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The step that answers HTTP 429: the request is sent again once the budget is back (the reset the
 * headers give, else about a minute), never counted as a retry. The {@link Pacing} step below does
 * the waiting and announces it. A request refused for longer than {@code maxWait} in all is given up.
 */
public final class RateLimitWait implements Interceptor {
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    /** A request refused this many times in a row is given up whatever the waits add up to. */
    static final int MAX_REFUSALS = 60;
    static final String REASON = "rate limit reached (HTTP 429)";

    private final Pacer pacer;
    private final Backoff backoff;
    private final Duration maxWait;
    private final Clock clock;
    private final Traffic traffic;

    public RateLimitWait(Pacer pacer, Backoff backoff, Duration maxWait, Clock clock, Traffic traffic) {
        this.pacer = pacer;
        this.backoff = backoff;
        this.maxWait = maxWait;
        this.clock = clock;
        this.traffic = traffic;
    }

    @Override
    public HttpResult intercept(Chain chain) throws IOException, InterruptedException {
        Instant firstRefusal = null;
        for (int refusals = 1; ; refusals++) {
            HttpResult result = chain.proceed(chain.request());
            if (result.status() != 429) {
                return result;
            }
            traffic.refusedForRate();
            Instant now = clock.instant();
            if (firstRefusal == null) {
                firstRefusal = now;
            }
            RateLimitHeaders limits = RateLimitHeaders.of(result, now);
            Instant reset = limits.resetAfterRefusal();
            Instant until = reset != null ? Pacing.inOurClock(reset, limits, now) : now.plus(backoff.jittered(DEFAULT_WAIT));
            if (!until.isAfter(now)) {
                until = now.plusSeconds(1);
            }
            if (Duration.between(firstRefusal, until).compareTo(maxWait) > 0 || refusals > MAX_REFUSALS) {
                throw new WaitTooLongException(REASON, until, maxWait);
            }
            pacer.blockUntil(until, REASON, Pacing.largeSkew(limits, now));
        }
    }
}
