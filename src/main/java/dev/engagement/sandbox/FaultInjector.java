package dev.engagement.sandbox;

import dev.engagement.api.ApiMessages;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Puts the {@link FaultPlan} into effect for one API request, before anything else looks at it:
 * waits its latency (plus the slow delay for a slow fault) through the {@link Pause}, then answers
 * with its fault, if it has one that replaces the response. A garbage fault is only noted: it
 * replaces the body of a 200 when {@link Responses} sends it.
 */
final class FaultInjector {
    private final FaultPlan plan;
    private final Duration slowDelay;
    private final Pause pause;
    private final Clock clock;
    private final RateBudget budget;
    private final Responses responses;

    FaultInjector(SandboxConfig config, RateBudget budget, Responses responses) {
        this.plan = new FaultPlan(config);
        this.slowDelay = config.slowDelay();
        this.pause = config.pause();
        this.clock = config.clock();
        this.budget = budget;
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
        if (fault == null || fault == FaultKind.SLOW || fault == FaultKind.GARBAGE) {
            // A garbage fault acts on the response, and only if it is a 200 (Responses).
            return false;
        }
        inject(x, fault);
        return true;
    }

    private void inject(Exchange x, FaultKind fault) throws IOException {
        switch (fault) {
            case RESET:
                // No response at all: an RST where the JVM lets us reach the socket; otherwise closing
                // the exchange before any header was sent (the dispatcher does) drops the connection.
                // The request is read first, so the client meets the reset waiting for the answer, as
                // after a crash upstream, not while it is still sending.
                x.drainBody();
                ConnectionReset.reset(x.http);
                return;
            case HTTP_401:
                responses.errors(x, 401, List.of(ApiMessages.ACCESS_TOKEN_NOT_FOUND));
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
                x.rate = budget.refused(reset);
                responses.errors(x, 429, List.of(ApiMessages.RATE_LIMITED));
                return;
            default:
                throw new IllegalStateException("not an immediate fault: " + fault);
        }
    }
}
