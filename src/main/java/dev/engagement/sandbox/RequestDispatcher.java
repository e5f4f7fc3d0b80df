package dev.engagement.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.engagement.api.ApiMessages;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's one HTTP handler: sends token requests to the {@link TokenEndpoint}; numbers every
 * other request (from 1), lets the {@link FaultInjector} act on it first, then hands it to the
 * {@link EngagementEndpoint}. A failure nobody answered becomes 500; every exchange is recorded
 * and closed.
 */
final class RequestDispatcher implements HttpHandler {

    /** The parts a request goes through. */
    record Route(TokenEndpoint token, FaultInjector faults, EngagementEndpoint api) {
    }

    private final Clock clock;
    private final Route route;
    private final Responses responses;
    private final RequestRecorder recorder;
    private final AtomicLong apiRequests = new AtomicLong();

    RequestDispatcher(Clock clock, Route route, Responses responses, RequestRecorder recorder) {
        this.clock = clock;
        this.route = route;
        this.responses = responses;
        this.recorder = recorder;
    }

    @Override
    public void handle(HttpExchange http) {
        Exchange x = new Exchange(http, clock);
        try {
            x.gzip = x.acceptsGzip();
            if (TokenEndpoint.PATH.equals(x.rawPath())) {
                route.token().handle(x);
                return;
            }
            x.request = apiRequests.incrementAndGet();
            if (!route.faults().apply(x)) {
                route.api().handle(x);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            if (x.status == 0) {
                try {
                    responses.errors(x, 500, List.of(ApiMessages.INTERNAL_ERROR));
                } catch (IOException ignored) {
                    // the client went away
                }
            }
        } finally {
            recorder.record(x);
            http.close();
        }
    }
}
