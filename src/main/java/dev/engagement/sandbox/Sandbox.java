package dev.engagement.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * A local emulator of the Enterprise Engagement API over loopback HTTP: {@code POST
 * /insights/engagement/{totals,28hr,historical}} and {@code POST /oauth2/token}. As strict as the
 * API contract; see {@link SandboxConfig} for the switches and faults. This class starts and stops
 * it and says where it is, which credentials it accepts and what it has served.
 *
 * <p>Order of processing for an API request: number it (from 1) and decide its fault and latency
 * from the seed; wait; inject the fault if any; then the contract's order (spec 9 #37): count it
 * against the budget of the consumer key it names (429); require gzip (406); route (404, 405);
 * authenticate (401); read the body (413, 400); the rules (400) and access (403)
 * ({@link EngagementService}).
 */
public final class Sandbox implements AutoCloseable {
    public static final String API_PREFIX = EngagementEndpoint.PREFIX;
    public static final String TOKEN_PATH = TokenEndpoint.PATH;

    private final SandboxConfig config;
    private final SandboxCredentials credentials = SandboxCredentials.DEFAULT;
    private final SandboxData data;
    private final SandboxAuthenticator authenticator;
    private final RequestRecorder recorder;
    private final SandboxServer server;
    private volatile boolean closed;

    private Sandbox(SandboxConfig config) throws IOException {
        this.config = config;
        this.data = new SandboxData(config.seed(), config.clock(), config.users());
        this.authenticator = new SandboxAuthenticator(credentials, config.users(), config.timestampTolerance());
        this.recorder = new RequestRecorder(config.logRequests());
        RateBudget budget = new RateBudget(config.requestsPerMinute(), config.requestsPerSecond());
        Responses responses = new Responses(budget, config.clock(), recorder);
        RequestDispatcher.Route route = new RequestDispatcher.Route(new TokenEndpoint(credentials, responses),
                new FaultInjector(config, budget, responses), new EngagementEndpoint(new EngagementService(config, data),
                        authenticator, budget, config.clock(), responses));
        try {
            this.server = SandboxServer.start(config.host(), config.port(), config.threads(),
                    new RequestDispatcher(config.clock(), route, responses, recorder));
        } catch (IOException e) {
            recorder.close();
            throw e;
        }
    }

    /** Binds {@code config.host():config.port()} and serves until {@link #close()}. */
    public static Sandbox start(SandboxConfig config) {
        try {
            return new Sandbox(config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the sandbox on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The API base, e.g. {@code http://127.0.0.1:43123/insights/engagement}; POST to base + "/" + endpoint. */
    public URI baseUrl() {
        return URI.create(authUrl() + API_PREFIX.substring(0, API_PREFIX.length() - 1));
    }

    /** The host that serves {@code POST /oauth2/token}, e.g. {@code http://127.0.0.1:43123}. */
    public URI authUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    public int port() {
        return server.port();
    }

    public SandboxCredentials credentials() {
        return credentials;
    }

    /** The users that hold an access token, from user 1 (whose token {@link #credentials()} holds). */
    public java.util.List<SandboxCredentials.User> users() {
        java.util.List<SandboxCredentials.User> users = new java.util.ArrayList<>();
        for (int n = 1; n <= config.users(); n++) {
            users.add(credentials.user(n));
        }
        return users;
    }

    /** The data behind every response, for computing expected counts. */
    public SandboxData data() {
        return data;
    }

    /** Requests answered (or reset) so far, token requests included. */
    public long requestsHandled() {
        return recorder.requestsHandled();
    }

    /** Server-side time spent handling requests, excluding injected latency and slow delays. */
    public long handlingNanos() {
        return recorder.handlingNanos();
    }

    /** OAuth nonces currently remembered (only those whose timestamp is within the tolerance window). */
    int storedNonces() {
        return authenticator.nonceCount();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop();
        recorder.close();
    }
}
