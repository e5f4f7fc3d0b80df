package dev.engagement.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The step that waits for the {@link Pacer}'s next slot before each attempt and, after it, takes the
 * server's word: a budget at zero blocks until its reset. Every wait of {@link #ANNOUNCED} or more is
 * announced with its reason and end; a wait longer than {@code maxWait} is not waited out.
 */
public final class Pacing implements Interceptor {
    /** Waits at least this long are announced; shorter ones are part of normal pacing. */
    public static final Duration ANNOUNCED = Duration.ofSeconds(2);
    /** A reset the server gives in its own clock is moved into ours only when the clocks differ this much. */
    static final Duration LARGE_SKEW = Duration.ofSeconds(30);
    static final String BUDGET_USED_UP = "the API's rate budget is used up (x-per-minute-remaining 0)";
    static final String SECOND_BUDGET_USED_UP = "the API's per-second rate budget is used up (x-per-second-remaining 0)";

    private final Pacer pacer;
    private final Duration maxWait;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ExchangeEvents events;
    private final Traffic traffic;

    public Pacing(Pacer pacer, Duration maxWait, Clock clock, Sleeper sleeper, ExchangeEvents events, Traffic traffic) {
        this.pacer = pacer;
        this.maxWait = maxWait;
        this.clock = clock;
        this.sleeper = sleeper;
        this.events = events;
        this.traffic = traffic;
    }

    @Override
    public HttpResult intercept(Chain chain) throws IOException, InterruptedException {
        Pacer.Slot slot = pacer.next();
        Instant now = clock.instant();
        Duration wait = Duration.between(now, slot.at());
        if (wait.compareTo(maxWait) > 0) {
            throw new WaitTooLongException(slot.reason(), slot.at(), maxWait);
        }
        if (wait.compareTo(ANNOUNCED) >= 0) {
            events.onWait(slot.reason(), slot.at(), slot.clockSkew());
        }
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
            traffic.waited(slot.reason(), wait);
        }
        pacer.taken(slot.at());
        HttpResult result = chain.proceed(chain.request());
        RateLimitHeaders limits = RateLimitHeaders.of(result, clock.instant());
        Instant until = limits.exhaustedUntil();
        if (until != null && result.status() != 429) {
            String reason = limits.perSecondExhausted() && until.equals(limits.perSecondReset()) ? SECOND_BUDGET_USED_UP
                    : BUDGET_USED_UP;
            pacer.blockUntil(inOurClock(until, limits, clock.instant()), reason, largeSkew(limits, clock.instant()));
        }
        return result;
    }

    /** A reset in the server's clock, in ours. */
    static Instant inOurClock(Instant serverTime, RateLimitHeaders limits, Instant now) {
        return serverTime.plus(largeSkew(limits, now));
    }

    /** The clocks' difference when it is large enough to tell the user, else zero. */
    static Duration largeSkew(RateLimitHeaders limits, Instant now) {
        Duration skew = limits.skew(now);
        return skew.abs().compareTo(LARGE_SKEW) > 0 ? skew : Duration.ZERO;
    }
}
