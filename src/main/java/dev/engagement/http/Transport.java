package dev.engagement.http;

import dev.engagement.api.AcceptEncoding;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends {@link WireRequest}s over one pooled HttpClient 5 for the whole run. The client is built on
 * first use and TLS at the first https connection ({@link LazyTls}), never retries, never follows redirects, and decompresses
 * gzip bodies itself. {@code timeout} bounds the whole exchange, not each read: a server that trickles its
 * answer a byte at a time is cut off at the deadline. {@link #abort()} ends the request in flight at
 * once (Ctrl-C) and refuses any later one.
 */
public final class Transport implements Closeable {
    static final String USER_AGENT = "engagement-cli";
    private static final Duration MAX_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final int GZIP_BUFFER = 1 << 13;

    private final Duration timeout;
    private final DebugLog debug;
    private final BodyReader bodies = new BodyReader();
    /** Bounds the wait for the response; the whole exchange is bounded by the watchdog. */
    private final RequestConfig requestConfig;
    private CloseableHttpClient client;
    private ScheduledThreadPoolExecutor watchdog;
    private volatile HttpUriRequestBase inFlight;
    private volatile boolean aborted;

    public Transport(Duration timeout) {
        this(timeout, null);
    }

    /** With {@code debug} not null, every request and response is logged there, Authorization redacted (--debug). */
    public Transport(Duration timeout, PrintStream debug) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.timeout = timeout;
        this.requestConfig = RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(timeout.toMillis())).build();
        this.debug = debug == null ? null : new DebugLog(debug);
    }

    /**
     * @throws DeadlineExceededException when the exchange took longer than the timeout
     * @throws InterruptedException      when {@link #abort()} ended it
     * @throws IOException               on any other network failure
     */
    public HttpResult execute(WireRequest request) throws IOException, InterruptedException {
        HttpUriRequestBase http = toHttp(request);
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = watchdog().schedule(() -> {
            late.set(true);
            http.cancel();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        inFlight = http;
        try {
            if (aborted) {
                throw new InterruptedException("stop requested");
            }
            if (debug != null) {
                debug.request(http);
            }
            return client().execute(http, response -> {
                if (debug != null) {
                    debug.response(response);
                }
                Map<String, String> headers = new LinkedHashMap<>();
                for (Header h : response.getHeaders()) {
                    headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
                }
                byte[] body = body(response);
                if (debug != null) {
                    debug.responseBody(body);
                }
                return new HttpResult(response.getCode(), headers, body);
            });
        } catch (IOException e) {
            if (aborted) {
                throw new InterruptedException("stop requested");
            }
            if (late.get() || e instanceof InterruptedIOException && http.isCancelled()) {
                throw new DeadlineExceededException(timeout);
            }
            throw e;
        } finally {
            deadline.cancel(false);
            inFlight = null;
        }
    }

    /** Ends the request in flight now, and refuses every later one. */
    public void abort() {
        aborted = true;
        HttpUriRequestBase r = inFlight;
        if (r != null) {
            r.cancel();
        }
    }

    private HttpUriRequestBase toHttp(WireRequest request) {
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), request.uri());
        http.setConfig(requestConfig);
        for (WireRequest.Header h : request.headers()) {
            http.setHeader(h.name(), h.value());
        }
        if (request.body().length > 0 || request.method().equals("POST")) {
            String type = request.header("Content-Type");
            http.setEntity(new ByteArrayEntity(request.body(), type == null ? null : ContentType.parse(type)));
        }
        return http;
    }

    private synchronized ScheduledThreadPoolExecutor watchdog() {
        if (watchdog == null) {
            watchdog = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "engagement-deadline");
                t.setDaemon(true);
                return t;
            });
            watchdog.setRemoveOnCancelPolicy(true);
        }
        return watchdog;
    }

    /**
     * HttpClient's minimal client: the connection pool and HTTP/1.1 exchange without the execution chain
     * of redirects, retries, cookies, authentication and decompression, none of which the tool lets it
     * do (it asks for gzip and decodes it here, see {@link #body}). The chain took about 40 us of CPU a
     * request, a third of HttpClient's.
     */
    private synchronized CloseableHttpClient client() {
        if (client == null) {
            Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
            Duration connect = timeout.compareTo(MAX_CONNECT_TIMEOUT) < 0 ? timeout : MAX_CONNECT_TIMEOUT;
            client = HttpClients.createMinimal(PoolingHttpClientConnectionManagerBuilder.create()
                    .setTlsSocketStrategy(new LazyTls())
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofMilliseconds(connect.toMillis()))
                            .setSocketTimeout(t)
                            .build())
                    .build());
        }
        return client;
    }

    /** The body as sent, gzip decoded: the only coding asked for (identity needs none; an empty body has none). */
    private byte[] body(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return bodies.read(null, 0);
        }
        Header coding = response.getFirstHeader("Content-Encoding");
        String name = coding == null || entity.getContentLength() == 0 ? ""
                : coding.getValue().trim().toLowerCase(Locale.ROOT);
        if (AcceptEncoding.isGzip(name)) {
            return bodies.read(new GZIPInputStream(entity.getContent(), GZIP_BUFFER), -1);
        }
        if (name.isEmpty() || name.equals("identity")) {
            return bodies.read(entity.getContent(), entity.getContentLength());
        }
        throw new IOException("the API answered in Content-Encoding " + coding.getValue() + ", which was not asked for");
    }

    /**
     * HttpClient's default TLS, made when the first https connection needs it: making it loads the
     * trusted certificates, about 130 ms of a run's cold start with the quick JIT, which a run against an
     * http:// address on this machine (the sandbox) never needs.
     */
    private static final class LazyTls implements TlsSocketStrategy {
        private TlsSocketStrategy tls;

        @Override
        public synchronized SSLSocket upgrade(Socket socket, String target, int port, Object attachment,
                HttpContext context) throws IOException {
            if (tls == null) {
                tls = DefaultClientTlsStrategy.createDefault();
            }
            return tls.upgrade(socket, target, port, attachment, context);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (watchdog != null) {
            watchdog.shutdownNow();
            watchdog = null;
        }
        if (client != null) {
            client.close();
            client = null;
        }
    }

    /** The exchange did not complete within the timeout. */
    public static final class DeadlineExceededException extends SocketTimeoutException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException(Duration timeout) {
            super("the request timed out: no complete answer within " + (timeout.toMillis() % 1000 == 0
                    ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms") + " (--timeout)");
        }
    }
}
