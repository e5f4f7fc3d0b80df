package dev.engagement.sandbox;

import com.google.gson.stream.JsonWriter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.Endpoint;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.ResponseJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A local emulator of the Enterprise Engagement API over loopback HTTP: {@code POST
 * /insights/engagement/{totals,28hr,historical}} and {@code POST /oauth2/token}. As strict as the
 * API contract; see {@link SandboxConfig} for the switches and faults.
 *
 * <p>Order of processing for an API request: number it (from 1) and decide its fault and latency
 * from the seed; wait; inject the fault if any; route (404, 405); authenticate (401); count it
 * against the per-minute budget (429); require gzip (406); then the body and the rules
 * ({@link EngagementService}).
 */
public final class Sandbox implements AutoCloseable {
    public static final String API_PREFIX = "/insights/engagement/";
    public static final String TOKEN_PATH = "/oauth2/token";
    static final String JSON = "application/json; charset=utf-8";
    static final int MAX_BODY_BYTES = 1 << 20;
    static final String TOKEN_ERROR = "{\"errors\":[{\"code\":99,\"label\":\"authenticity_token_error\","
            + "\"message\":\"Unable to verify your credentials\"}]}";
    static final String TOKEN_MISSING_GRANT = "{\"errors\":[{\"code\":170,\"label\":\"forbidden_missing_parameter\","
            + "\"message\":\"Missing required parameter: grant_type\"}]}";

    private final SandboxConfig config;
    private final SandboxCredentials credentials = SandboxCredentials.DEFAULT;
    private final SandboxData data;
    private final EngagementService service;
    private final SandboxAuthenticator authenticator;
    private final MinuteBudget budget;
    private final FaultPlan faults;
    private final RequestLog log;
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong apiRequests = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong handlingNanos = new AtomicLong();
    private volatile boolean closed;

    private Sandbox(SandboxConfig config) throws IOException {
        this.config = config;
        this.data = new SandboxData(config.seed(), config.clock());
        this.service = new EngagementService(config, data);
        this.authenticator = new SandboxAuthenticator(credentials, config.timestampTolerance());
        this.budget = new MinuteBudget(config.requestsPerMinute());
        this.faults = new FaultPlan(config);
        this.log = config.logRequests() == null ? null : new RequestLog(config.logRequests());
        AtomicInteger threadNo = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, "sandbox-http-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(config.threads(), tf);
        try {
            // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
            // ACK, and every response takes 40 ms longer.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        } catch (IOException e) {
            executor.shutdownNow();
            if (log != null) {
                log.close();
            }
            throw e;
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
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
        return server.getAddress().getPort();
    }

    public SandboxCredentials credentials() {
        return credentials;
    }

    /** The data behind every response, for computing expected counts. */
    public SandboxData data() {
        return data;
    }

    public SandboxConfig config() {
        return config;
    }

    /** Requests answered (or reset) so far, token requests included. */
    public long requestsHandled() {
        return handled.get();
    }

    /** Server-side time spent handling requests, excluding injected latency and slow delays. */
    public long handlingNanos() {
        return handlingNanos.get();
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
        server.stop(0);
        executor.shutdownNow();
        if (log != null) {
            log.close();
        }
    }

    // ------------------------------------------------------------------ handling

    /** Per-request facts for the response headers and the log. */
    private static final class Ctx {
        long request;
        String endpoint;
        List<String> tweetIds = List.of();
        String auth = SandboxAuthenticator.Method.NONE.logName;
        String consumerKey;
        MinuteBudget.State rate;
        int status;
        FaultKind fault;
        boolean gzip;
        long startNanos;
        long sleptNanos;
        Instant time;
        boolean recorded;
    }

    /**
     * Counts and logs a request once, just before its response goes out (or in the end when none
     * does), so a client that has the response also sees the counters and the log line.
     */
    private void record(HttpExchange ex, Ctx ctx) {
        if (ctx.recorded) {
            return;
        }
        ctx.recorded = true;
        long spent = System.nanoTime() - ctx.startNanos;
        handled.incrementAndGet();
        handlingNanos.addAndGet(Math.max(0, spent - ctx.sleptNanos));
        if (log != null) {
            log.write(new RequestLog.Entry(ctx.time, ctx.request, ex.getRequestMethod(),
                    ex.getRequestURI().getRawPath(), ctx.endpoint, ctx.tweetIds, ctx.auth, ctx.consumerKey,
                    ctx.status, spent / 1e6, ctx.fault == null ? null : ctx.fault.token()));
        }
    }

    private void handle(HttpExchange ex) {
        Ctx ctx = new Ctx();
        ctx.startNanos = System.nanoTime();
        ctx.time = config.clock().instant();
        try {
            ctx.gzip = acceptsGzip(ex.getRequestHeaders());
            String path = ex.getRequestURI().getRawPath();
            if (TOKEN_PATH.equals(path)) {
                handleToken(ex, ctx);
                return;
            }
            long n = apiRequests.incrementAndGet();
            ctx.request = n;
            FaultKind fault = faults.faultFor(n);
            ctx.fault = fault;
            Duration delay = faults.latencyFor(n);
            if (fault == FaultKind.SLOW) {
                delay = delay.plus(config.slowDelay());
            }
            if (!delay.isZero()) {
                long s0 = System.nanoTime();
                config.pause().pause(delay);
                ctx.sleptNanos = System.nanoTime() - s0;
            }
            if (fault != null && fault != FaultKind.SLOW) {
                injectFault(ex, fault, ctx);
                return;
            }
            serveApi(ex, ctx);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            if (ctx.status == 0) {
                try {
                    sendErrors(ex, ctx, 500, List.of(ApiMessages.INTERNAL_ERROR));
                } catch (IOException ignored) {
                    // the client went away
                }
            }
        } finally {
            record(ex, ctx);
            ex.close();
        }
    }

    private void injectFault(HttpExchange ex, FaultKind fault, Ctx ctx) throws IOException {
        switch (fault) {
            case RESET:
                // No response at all: closing the exchange before any header was sent makes the
                // server drop the connection (done in handle's finally), so the client sees EOF.
                return;
            case HTTP_500:
                sendErrors(ex, ctx, 500, List.of(ApiMessages.INTERNAL_ERROR));
                return;
            case HTTP_502:
                sendErrors(ex, ctx, 502, List.of("Proxy Error"));
                return;
            case HTTP_503:
                sendErrors(ex, ctx, 503, List.of("Service Unavailable"));
                return;
            case HTTP_429:
                long reset = config.clock().instant().plusSeconds(2).getEpochSecond();
                ctx.rate = new MinuteBudget.State(false, config.requestsPerMinute(), 0, reset);
                ex.getResponseHeaders().set("x-per-minute-reset", Long.toString(reset));
                sendErrors(ex, ctx, 429, List.of(ApiMessages.RATE_LIMITED));
                return;
            case GARBAGE:
                byte[] junk = ("<html><head><title>Gateway</title></head><body>upstream sent garbage #" + ctx.request
                        + "\u0000\u0007}{</body></html>\n").getBytes(StandardCharsets.UTF_8);
                send(ex, ctx, 200, junk);
                return;
            default:
                throw new IllegalStateException("not an immediate fault: " + fault);
        }
    }

    private void serveApi(HttpExchange ex, Ctx ctx) throws IOException {
        Instant now = config.clock().instant();
        String path = ex.getRequestURI().getRawPath();
        Endpoint endpoint = path.startsWith(API_PREFIX) ? Endpoint.fromPath(path.substring(API_PREFIX.length())) : null;
        if (endpoint == null) {
            sendErrors(ex, ctx, 404, List.of("Sorry, that page does not exist"));
            return;
        }
        ctx.endpoint = endpoint.path();
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            sendErrors(ex, ctx, 405, List.of("Method " + ex.getRequestMethod() + " is not allowed on " + path
                    + "; use POST"));
            return;
        }
        Headers h = ex.getRequestHeaders();
        byte[] raw = readBody(ex.getRequestBody());
        String bodyError = null;
        String body = null;
        if (raw == null) {
            bodyError = "The request body is larger than " + MAX_BODY_BYTES + " bytes";
        } else {
            String enc = h.getFirst("Content-Encoding");
            enc = enc == null ? "identity" : enc.strip().toLowerCase(Locale.ROOT);
            if (enc.equals("gzip") || enc.equals("x-gzip")) {
                byte[] unzipped = gunzip(raw);
                if (unzipped == null) {
                    bodyError = "The request body is not valid gzip (Content-Encoding: gzip)";
                } else {
                    body = new String(unzipped, StandardCharsets.UTF_8);
                }
            } else if (enc.equals("identity") || enc.isEmpty()) {
                body = new String(raw, StandardCharsets.UTF_8);
            } else {
                bodyError = "Unsupported Content-Encoding '" + enc + "' for the request body; send plain JSON";
            }
        }
        String contentType = h.getFirst("Content-Type");
        boolean form = contentType != null && contentType.toLowerCase(Locale.ROOT).strip()
                .startsWith("application/x-www-form-urlencoded");
        String authorization = h.getFirst("Authorization");
        String host = h.getFirst("Host");
        if (host == null || host.isBlank()) {
            host = ex.getLocalAddress().getHostString() + ":" + ex.getLocalAddress().getPort();
        }
        SandboxAuthenticator.Outcome auth = authenticator.authenticate(new SandboxAuthenticator.RequestView(
                ex.getRequestMethod(), "http", host, path, ex.getRequestURI().getRawQuery(),
                form && body != null ? body : null, authorization), now);
        if (!auth.ok()) {
            ctx.consumerKey = authenticator.claimedConsumerKey(authorization);
            sendErrors(ex, ctx, auth.error().status(), auth.error().messages());
            return;
        }
        ctx.auth = auth.method().logName;
        ctx.consumerKey = auth.consumerKey();
        if (budget.enabled()) {
            ctx.rate = budget.acquire(auth.consumerKey(), now);
            if (!ctx.rate.allowed()) {
                sendErrors(ex, ctx, 429, List.of(ApiMessages.RATE_LIMITED));
                return;
            }
        }
        if (!ctx.gzip) {
            sendErrors(ex, ctx, 406, List.of(ApiMessages.GZIP_REQUIRED));
            return;
        }
        if (bodyError != null) {
            sendErrors(ex, ctx, 400, List.of(bodyError));
            return;
        }
        EngagementService.Reply reply = service.handle(endpoint, body,
                new EngagementService.Caller(auth.kind(), auth.userId()), now);
        ctx.tweetIds = reply.tweetIds();
        StringWriter sw = new StringWriter(256);
        ResponseJson.write(reply.body(), sw);
        send(ex, ctx, reply.status(), sw.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void handleToken(HttpExchange ex, Ctx ctx) throws IOException {
        ctx.endpoint = "oauth2/token";
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            sendErrors(ex, ctx, 405, List.of("Method " + ex.getRequestMethod() + " is not allowed on "
                    + TOKEN_PATH + "; use POST"));
            return;
        }
        byte[] raw = readBody(ex.getRequestBody());
        String authorization = ex.getRequestHeaders().getFirst("Authorization");
        String key = null;
        String secret = null;
        if (authorization != null && authorization.strip().regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.strip().substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    key = OAuth1.formDecode(decoded.substring(0, colon));
                    secret = OAuth1.formDecode(decoded.substring(colon + 1));
                }
            } catch (IllegalArgumentException e) {
                key = null;
            }
        }
        boolean okCreds = SandboxAuthenticator.constantTimeEquals(key, credentials.consumerKey())
                & SandboxAuthenticator.constantTimeEquals(secret, credentials.consumerSecret());
        if (!okCreds) {
            send(ex, ctx, 403, TOKEN_ERROR.getBytes(StandardCharsets.UTF_8));
            return;
        }
        ctx.auth = "basic";
        ctx.consumerKey = key;
        String grant = null;
        try {
            for (OAuth1.Param p : OAuth1.parseForm(raw == null ? "" : new String(raw, StandardCharsets.UTF_8))) {
                if (p.name().equals("grant_type")) {
                    grant = p.value();
                }
            }
        } catch (IllegalArgumentException e) {
            grant = null;
        }
        if (grant == null) {
            send(ex, ctx, 403, TOKEN_MISSING_GRANT.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!grant.equals("client_credentials")) {
            send(ex, ctx, 403, TOKEN_ERROR.getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("token_type").value("bearer").name("access_token").value(credentials.bearerToken())
                    .endObject();
        }
        send(ex, ctx, 200, sw.toString().getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ wire helpers

    private void sendErrors(HttpExchange ex, Ctx ctx, int status, List<String> messages) throws IOException {
        EngagementResponse res = new EngagementResponse();
        res.errors.addAll(messages);
        StringWriter sw = new StringWriter();
        ResponseJson.write(res, sw);
        send(ex, ctx, status, sw.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange ex, Ctx ctx, int status, byte[] body) throws IOException {
        Headers out = ex.getResponseHeaders();
        out.set("Content-Type", JSON);
        if (budget.enabled() && !TOKEN_PATH.equals(ex.getRequestURI().getRawPath())) {
            MinuteBudget.State s = ctx.rate != null ? ctx.rate
                    : budget.peek(ctx.consumerKey != null ? ctx.consumerKey : credentials.consumerKey(),
                            config.clock().instant());
            out.set("x-per-minute-limit", Integer.toString(s.limit()));
            out.set("x-per-minute-remaining", Integer.toString(s.remaining()));
            out.set("x-per-minute-reset", Long.toString(s.resetEpochSecond()));
        } else if (ctx.rate != null) {
            out.set("x-per-minute-remaining", Integer.toString(ctx.rate.remaining()));
            out.set("x-per-minute-reset", Long.toString(ctx.rate.resetEpochSecond()));
        }
        byte[] payload = body;
        if (ctx.gzip) {
            out.set("Content-Encoding", "gzip");
            payload = gzip(body);
        }
        ctx.status = status;
        record(ex, ctx);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : payload.length);
        if (!head) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(payload);
            }
        }
    }

    static boolean acceptsGzip(Headers h) {
        List<String> values = h.get("Accept-Encoding");
        if (values == null) {
            return false;
        }
        for (String v : values) {
            if (v.toLowerCase(Locale.ROOT).contains("gzip")) {
                return true;
            }
        }
        return false;
    }

    /** The whole body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        boolean tooBig = false;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > MAX_BODY_BYTES) {
                tooBig = true;
            } else {
                out.write(buf, 0, n);
            }
        }
        return tooBig ? null : out.toByteArray();
    }

    private static byte[] gunzip(byte[] raw) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > MAX_BODY_BYTES) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
