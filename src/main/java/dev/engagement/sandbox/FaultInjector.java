package dev.engagement.sandbox;

import dev.engagement.api.ApiMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Puts the {@link FaultPlan} into effect for one API request, before anything else looks at it:
 * waits its latency (plus the slow delay for a slow fault) through the {@link Pause}, then answers
 * with its fault, if it has one that replaces the response.
 */
final class FaultInjector {
    private final FaultPlan plan;
    private final Duration slowDelay;
    private final Pause pause;
    private final Clock clock;
    private final int requestsPerMinute;
    private final Responses responses;

    FaultInjector(SandboxConfig config, Responses responses) {
        this.plan = new FaultPlan(config);
        this.slowDelay = config.slowDelay();
        this.pause = config.pause();
        this.clock = config.clock();
        this.requestsPerMinute = config.requestsPerMinute();
        this.responses = responses;
    }

    /**
     * Applies the plan to request {@code x.request}; true when the fault has answered it (or
     * dropped the connection) and nothing else may.
     */
    boolean apply(Exchange x) throws IOException, InterruptedException {
        FaultKind fault = plan.faultFor(x.request);
        x.fault = fault;
        Duration delay = plan.latencyFor(x.request);
        if (fault == FaultKind.SLOW) {
            delay = delay.plus(slowDelay);
        }
        if (!delay.isZero()) {
            long s0 = System.nanoTime();
            pause.pause(delay);
            x.pausedNanos = System.nanoTime() - s0;
        }
        if (fault == null || fault == FaultKind.SLOW) {
            return false;
        }
        inject(x, fault);
        return true;
    }

    private void inject(Exchange x, FaultKind fault) throws IOException {
        switch (fault) {
            case RESET:
                // No response at all: closing the exchange before any header was sent makes the
                // server drop the connection (done when the dispatcher closes it), so the client sees EOF.
                return;
            case HTTP_500:
                responses.errors(x, 500, List.of(ApiMessages.INTERNAL_ERROR));
                return;
            case HTTP_502:
                responses.errors(x, 502, List.of("Proxy Error"));
                return;
            case HTTP_503:
                responses.errors(x, 503, List.of("Service Unavailable"));
                return;
            case HTTP_429:
                long reset = clock.instant().plusSeconds(2).getEpochSecond();
                x.rate = new MinuteBudget.State(false, requestsPerMinute, 0, reset);
                x.http.getResponseHeaders().set("x-per-minute-reset", Long.toString(reset));
                responses.errors(x, 429, List.of(ApiMessages.RATE_LIMITED));
                return;
            case GARBAGE:
                byte[] junk = ("<html><head><title>Gateway</title></head><body>upstream sent garbage #" + x.request
                        + "\u0000\u0007}{</body></html>\n").getBytes(StandardCharsets.UTF_8);
                responses.send(x, 200, junk);
                return;
            default:
                throw new IllegalStateException("not an immediate fault: " + fault);
        }
    }
}
