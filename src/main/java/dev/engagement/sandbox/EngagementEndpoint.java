package dev.engagement.sandbox;

import dev.engagement.api.ApiMessages;
import dev.engagement.api.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /insights/engagement/{totals,28hr,historical}} over HTTP, after any fault: routing
 * (404, 405), authentication (401), the per-minute budget (429), gzip negotiation (406), the body
 * (400); the API rules themselves are {@link EngagementService}'s.
 */
final class EngagementEndpoint {
    static final String PREFIX = "/insights/engagement/";

    private final EngagementService service;
    private final SandboxAuthenticator authenticator;
    private final MinuteBudget budget;
    private final Clock clock;
    private final Responses responses;

    EngagementEndpoint(EngagementService service, SandboxAuthenticator authenticator, MinuteBudget budget, Clock clock,
            Responses responses) {
        this.service = service;
        this.authenticator = authenticator;
        this.budget = budget;
        this.clock = clock;
        this.responses = responses;
    }

    void handle(Exchange x) throws IOException {
        Instant now = clock.instant();
        Endpoint endpoint = route(x);
        if (endpoint == null) {
            return;
        }
        RequestBody body = RequestBody.read(x);
        String authorization = x.header("Authorization");
        SandboxAuthenticator.Outcome auth = authenticator.authenticate(requestView(x, body, authorization), now);
        if (!auth.ok()) {
            x.consumerKey = authenticator.claimedConsumerKey(authorization);
            responses.errors(x, auth.error().status(), auth.error().messages());
            return;
        }
        x.auth = auth.method().logName;
        x.consumerKey = auth.consumerKey();
        if (budget.enabled()) {
            x.rate = budget.acquire(auth.consumerKey(), now);
            if (!x.rate.allowed()) {
                responses.errors(x, 429, List.of(ApiMessages.RATE_LIMITED));
                return;
            }
        }
        if (!x.gzip) {
            responses.errors(x, 406, List.of(ApiMessages.GZIP_REQUIRED));
            return;
        }
        if (body.error() != null) {
            responses.errors(x, 400, List.of(body.error()));
            return;
        }
        EngagementService.Reply reply = service.handle(endpoint, body.text(),
                new EngagementService.Caller(auth.kind(), auth.userId()), now);
        x.tweetIds = reply.tweetIds();
        responses.json(x, reply.status(), reply.body());
    }

    /** The endpoint the path names and the method is allowed on; null when 404 or 405 was answered. */
    private Endpoint route(Exchange x) throws IOException {
        String path = x.rawPath();
        Endpoint endpoint = path.startsWith(PREFIX) ? Endpoint.fromPath(path.substring(PREFIX.length())) : null;
        if (endpoint == null) {
            responses.errors(x, 404, List.of("Sorry, that page does not exist"));
            return null;
        }
        x.endpoint = endpoint.path();
        if (!x.method().equals("POST")) {
            responses.methodNotAllowed(x);
            return null;
        }
        return endpoint;
    }

    /** What the authenticator checks; the body is signed only when the Content-Type says it is form-encoded. */
    private static SandboxAuthenticator.RequestView requestView(Exchange x, RequestBody body, String authorization) {
        String contentType = x.header("Content-Type");
        boolean form = contentType != null && contentType.toLowerCase(Locale.ROOT).strip()
                .startsWith("application/x-www-form-urlencoded");
        String host = x.header("Host");
        if (host == null || host.isBlank()) {
            InetSocketAddress local = x.http.getLocalAddress();
            host = local.getHostString() + ":" + local.getPort();
        }
        return new SandboxAuthenticator.RequestView(x.method(), "http", host, x.rawPath(), x.rawQuery(),
                form && body.text() != null ? body.text() : null, authorization);
    }
}
