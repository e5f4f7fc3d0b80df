package dev.engagement.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.engagement.api.AcceptEncoding;
import dev.engagement.api.ApiRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One HTTP exchange in flight: the JDK exchange, what the request says, and the facts its response
 * headers and its log line need, filled in as the request moves through the sandbox.
 */
final class Exchange {

    final HttpExchange http;
    final long startNanos;
    final Instant time;
    /** Whether the response may be (and so is) gzip-encoded. */
    boolean gzip;
    /** The API request number from 1; 0 for token requests. */
    long request;
    String endpoint;
    List<String> tweetIds = List.of();
    String auth = SandboxAuthenticator.Method.NONE.logName;
    String consumerKey;
    RateBudget.State rate;
    /** The status sent, or 0 while none was. */
    int status;
    FaultKind fault;
    /** Time spent in injected latency and slow delays, which does not count as handling. */
    long pausedNanos;
    boolean recorded;

    Exchange(HttpExchange http, Clock clock) {
        this.http = http;
        this.startNanos = System.nanoTime();
        this.time = clock.instant();
    }

    String method() {
        return http.getRequestMethod();
    }

    String rawPath() {
        return http.getRequestURI().getRawPath();
    }

    String rawQuery() {
        return http.getRequestURI().getRawQuery();
    }

    String header(String name) {
        return http.getRequestHeaders().getFirst(name);
    }

    /** Whether the {@code Accept-Encoding} header accepts gzip (spec 9 #30). */
    boolean acceptsGzip() {
        return AcceptEncoding.acceptsGzip(http.getRequestHeaders().get("Accept-Encoding"));
    }

    /**
     * Reads what is left of the request body, so that a refusal sent before the body was read
     * (401, 404, 429...) reaches a client still sending it instead of meeting a reset connection.
     */
    void drainBody() {
        try {
            InputStream in = http.getRequestBody();
            byte[] buf = new byte[8192];
            long left = 4L * ApiRules.MAX_BODY_BYTES;
            int n;
            while (left > 0 && (n = in.read(buf)) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away; the response will fail on its own
        }
    }

    /** The whole body as sent, or null when it is larger than {@link ApiRules#MAX_BODY_BYTES} (read to the end anyway). */
    byte[] readBody() throws IOException {
        InputStream in = http.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        boolean tooBig = false;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > ApiRules.MAX_BODY_BYTES) {
                tooBig = true;
            } else {
                out.write(buf, 0, n);
            }
        }
        return tooBig ? null : out.toByteArray();
    }
}
