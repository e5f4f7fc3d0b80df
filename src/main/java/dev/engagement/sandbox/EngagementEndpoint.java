package dev.engagement.sandbox;

import dev.engagement.api.ApiMessages;
import dev.engagement.api.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * {@code POST /insights/engagement/{totals,28hr,historical}} over HTTP, after any fault, with the
 * checks in the contract's order (spec 9 #37): the rate budget (429), gzip negotiation (406),
 * routing (404, 405), authentication (401), the body (413, 400); the API rules (400) and then who
 * may read what (403) are {@link EngagementService}'s.
 */
final class EngagementEndpoint {
    static final String PREFIX = "/insights/engagement/";

    private final EngagementService service;
    private final SandboxAuthenticator authenticator;
    private final RateBudget budget;
    private final Clock clock;
    private final Responses responses;

    EngagementEndpoint(EngagementService service, SandboxAuthenticator authenticator, RateBudget budget, Clock clock,
            Responses responses) {
        this.service = service;
        this.authenticator = authenticator;
        this.budget = budget;
        this.clock = clock;
        this.responses = responses;
    }

    void handle(Exchange x) throws IOException {
        Instant now = clock.instant();
        String authorization = x.header("Authorization");
        // Counted against the budget of the consumer key it names, if known, before anything else.
        x.consumerKey = authenticator.claimedConsumerKey(authorization);
        x.rate = budget.acquire(x.consumerKey, now);
        if (!x.rate.allowed()) {
            responses.errors(x, 429, List.of(ApiMessages.RATE_LIMITED));
            return;
        }
        if (!x.gzip) {
            responses.errors(x, 406, List.of(ApiMessages.GZIP_REQUIRED));
            return;
        }
        Endpoint endpoint = route(x);
        if (endpoint == null) {
            return;
        }
        SandboxAuthenticator.Outcome auth = authenticator.authenticate(requestView(x, authorization), now);
        if (!auth.ok()) {
            responses.errors(x, auth.error().status(), auth.error().messages());
            return;
        }
        x.auth = auth.method().logName;
        x.consumerKey = auth.consumerKey();
        RequestBody body = RequestBody.read(x);
        if (body.error() != null) {
            responses.errors(x, body.status(), List.of(body.error()));
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

    /**
     * What the authenticator checks. The body is never signed (spec 7.2, 9 #34), whatever the
     * Content-Type says: a JSON body sent as form-urlencoded (what {@code curl -d} does) is still JSON.
     */
    private static SandboxAuthenticator.RequestView requestView(Exchange x, String authorization) {
        String host = x.header("Host");
        if (host == null || host.isBlank()) {
            InetSocketAddress local = x.http.getLocalAddress();
            host = local.getHostString() + ":" + local.getPort();
        }
        return new SandboxAuthenticator.RequestView(x.method(), "http", host, x.rawPath(), x.rawQuery(), null,
                authorization);
    }
}
