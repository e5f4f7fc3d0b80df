package dev.engagement.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP exchange in flight: the JDK exchange, what the request says, and the facts its response
 * headers and its log line need, filled in as the request moves through the sandbox.
 */
final class Exchange {
    /** The largest request body the sandbox reads, before and after gzip. */
    static final int MAX_BODY_BYTES = 1 << 20;

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
    MinuteBudget.State rate;
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

    /** Whether any {@code Accept-Encoding} value mentions gzip (spec 9 #15). */
    boolean acceptsGzip() {
        List<String> values = http.getRequestHeaders().get("Accept-Encoding");
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

    /** The whole body as sent, or null when it is larger than {@link #MAX_BODY_BYTES} (read to the end anyway). */
    byte[] readBody() throws IOException {
        InputStream in = http.getRequestBody();
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
}
