package dev.engagement.sandbox;

import com.sun.net.httpserver.Headers;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.ResponseJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes every sandbox response: JSON content type, the {@code x-per-minute-*} headers, gzip when
 * the client accepts it. Records the request just before the response goes out.
 */
final class Responses {
    static final String JSON = "application/json; charset=utf-8";

    private final MinuteBudget budget;
    private final Clock clock;
    private final String defaultConsumerKey;
    private final RequestRecorder recorder;

    /** {@code defaultConsumerKey} is the budget reported to requests that name no known consumer key. */
    Responses(MinuteBudget budget, Clock clock, String defaultConsumerKey, RequestRecorder recorder) {
        this.budget = budget;
        this.clock = clock;
        this.defaultConsumerKey = defaultConsumerKey;
        this.recorder = recorder;
    }

    /** An API body. */
    void json(Exchange x, int status, EngagementResponse body) throws IOException {
        StringWriter sw = new StringWriter(256);
        ResponseJson.write(body, sw);
        send(x, status, sw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code {"errors":[...]}}. */
    void errors(Exchange x, int status, List<String> messages) throws IOException {
        EngagementResponse res = new EngagementResponse();
        res.errors.addAll(messages);
        json(x, status, res);
    }

    /** 405 with {@code Allow: POST}. */
    void methodNotAllowed(Exchange x) throws IOException {
        x.http.getResponseHeaders().set("Allow", "POST");
        errors(x, 405, List.of("Method " + x.method() + " is not allowed on " + x.rawPath() + "; use POST"));
    }

    /** Any body, JSON or not; none at all for HEAD. */
    void send(Exchange x, int status, byte[] body) throws IOException {
        Headers out = x.http.getResponseHeaders();
        out.set("Content-Type", JSON);
        rateHeaders(x, out);
        byte[] payload = body;
        if (x.gzip) {
            out.set("Content-Encoding", "gzip");
            payload = gzip(body);
        }
        x.status = status;
        recorder.record(x);
        boolean head = x.method().equals("HEAD");
        x.http.sendResponseHeaders(status, head ? -1 : payload.length);
        if (!head) {
            try (OutputStream os = x.http.getResponseBody()) {
                os.write(payload);
            }
        }
    }

    /**
     * With a budget, every API response reports it (spec 6): the state this request was counted
     * in, or else the caller's (or the sandbox consumer key's) current state. Without one only an
     * injected 429 carries its remaining and reset.
     */
    private void rateHeaders(Exchange x, Headers out) {
        if (budget.enabled() && !TokenEndpoint.PATH.equals(x.rawPath())) {
            MinuteBudget.State s = x.rate != null ? x.rate
                    : budget.peek(x.consumerKey != null ? x.consumerKey : defaultConsumerKey, clock.instant());
            out.set("x-per-minute-limit", Integer.toString(s.limit()));
            out.set("x-per-minute-remaining", Integer.toString(s.remaining()));
            out.set("x-per-minute-reset", Long.toString(s.resetEpochSecond()));
        } else if (x.rate != null) {
            out.set("x-per-minute-remaining", Integer.toString(x.rate.remaining()));
            out.set("x-per-minute-reset", Long.toString(x.rate.resetEpochSecond()));
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
