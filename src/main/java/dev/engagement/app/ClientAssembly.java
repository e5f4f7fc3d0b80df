package dev.engagement.app;

import dev.engagement.console.Verbosity;
import dev.engagement.http.ApiClient;
import dev.engagement.http.Authenticator;
import dev.engagement.http.Backoff;
import dev.engagement.http.Exchange;
import dev.engagement.http.ExchangeEvents;
import dev.engagement.http.Metering;
import dev.engagement.http.Pacer;
import dev.engagement.http.Pacing;
import dev.engagement.http.RateLimitWait;
import dev.engagement.http.RetryPolicy;
import dev.engagement.http.Signing;
import dev.engagement.http.Sleeper;
import dev.engagement.http.Traffic;
import dev.engagement.http.Transport;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The HTTP side of a run, put together in one place: one transport, one pacer and one traffic count
 * for the run; per client, the exchange steps outermost first (429 waits, pacing, signing, metering,
 * the wire) under the retry policy.
 */
final class ClientAssembly implements AutoCloseable {
    static final Duration BACKOFF_BASE = Duration.ofSeconds(1);
    static final Duration BACKOFF_CAP = Duration.ofSeconds(60);

    private final FetchSettings.ReliabilitySettings reliability;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Transport transport;
    private final Traffic traffic = new Traffic();
    private final Pacer pacer;
    private final Backoff backoff = new Backoff(BACKOFF_BASE, BACKOFF_CAP, new SplittableRandom());

    ClientAssembly(FetchSettings.ReliabilitySettings reliability, Verbosity verbosity, RunContext ctx, Sleeper sleeper) {
        this.reliability = reliability;
        this.clock = ctx.clock();
        this.sleeper = sleeper;
        this.transport = new Transport(reliability.timeout(), verbosity.debug() ? ctx.err() : null);
        this.pacer = new Pacer(reliability.requestsPerMinute(), clock);
    }

    ApiClient client(URI baseUrl, Authenticator authenticator, ExchangeEvents events) {
        Exchange exchange = new Exchange(List.of(
                new RateLimitWait(pacer, backoff, reliability.maxWait(), clock, traffic),
                new Pacing(pacer, reliability.maxWait(), clock, sleeper, events, traffic),
                new Signing(authenticator),
                new Metering(clock, events, traffic)), transport);
        return new ApiClient(baseUrl, exchange,
                new RetryPolicy(reliability.maxRetries(), backoff, sleeper, events, traffic));
    }

    Transport transport() {
        return transport;
    }

    Traffic traffic() {
        return traffic;
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
