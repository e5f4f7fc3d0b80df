package dev.engagement.http;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends JSON POSTs over one pooled HttpClient 5 for the whole run. The client is built on first
 * use (building it initialises TLS), never retries by itself, and decompresses gzip bodies.
 */
public final class HttpTransport implements Closeable {
    private static final String USER_AGENT = "engagement-cli";
    private final Duration timeout;
    private final DebugLog debug;
    private CloseableHttpClient client;

    public HttpTransport(Duration timeout) {
        this(timeout, null);
    }

    /** With {@code debug} not null, every request and response is logged there, Authorization redacted (--debug). */
    public HttpTransport(Duration timeout, java.io.PrintStream debug) {
        this.timeout = timeout;
        this.debug = debug == null ? null : new DebugLog(debug);
    }

    /** Builds a signed POST of a JSON body; each call gives a new request so each attempt is signed afresh. */
    public ClassicHttpRequest newJsonPost(URI uri, String json) {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        post.setHeader(HttpHeaders.CONTENT_TYPE, "application/json");
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        post.setHeader(HttpHeaders.ACCEPT_ENCODING, "gzip");
        post.setHeader(HttpHeaders.USER_AGENT, USER_AGENT);
        return post;
    }

    public HttpResult execute(ClassicHttpRequest request) throws IOException {
        return client().execute(request, response -> {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header h : response.getHeaders()) {
                headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
            }
            byte[] body = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            if (debug != null) {
                debug.responseBody(body);
            }
            return new HttpResult(response.getCode(), headers, body);
        });
    }

    private synchronized CloseableHttpClient client() {
        if (client == null) {
            Timeout t = Timeout.ofMilliseconds(timeout.toMillis());
            var builder = HttpClients.custom();
            if (debug != null) {
                builder.addRequestInterceptorLast(debug::request);
                builder.addResponseInterceptorFirst(debug::response);
            }
            client = builder
                    .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.ofSeconds(Math.min(30, Math.max(1, timeout.toSeconds()))))
                                    .setSocketTimeout(t)
                                    .build())
                            .build())
                    .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
                    .disableAutomaticRetries()
                    .disableCookieManagement()
                    .build();
        }
        return client;
    }

    @Override
    public synchronized void close() throws IOException {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
