package dev.engagement.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/** The step next to the wire: counts each request sent and reports each answer with its time and rate headers. */
public final class Metering implements Interceptor {
    private final Clock clock;
    private final ExchangeEvents events;
    private final Traffic traffic;

    public Metering(Clock clock, ExchangeEvents events, Traffic traffic) {
        this.clock = clock;
        this.events = events;
        this.traffic = traffic;
    }

    @Override
    public HttpResult intercept(Chain chain) throws IOException, InterruptedException {
        traffic.requestSent();
        long t0 = System.nanoTime();
        HttpResult result = chain.proceed(chain.request());
        traffic.answered(result.status());
        events.onResponse(chain.label().endpoint(), chain.label().tweetIds(), result.status(),
                Duration.ofNanos(System.nanoTime() - t0), RateLimitHeaders.of(result, clock.instant()));
        return result;
    }
}
