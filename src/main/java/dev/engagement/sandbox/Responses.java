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

    private final RateBudget budget;
    private final Clock clock;
    private final RequestRecorder recorder;

    Responses(RateBudget budget, Clock clock, RequestRecorder recorder) {
        this.budget = budget;
        this.clock = clock;
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

    /** Any body, JSON or not; none at all for HEAD. A garbage fault replaces the body of a 200. */
    void send(Exchange x, int status, byte[] body) throws IOException {
        Headers out = x.http.getResponseHeaders();
        out.set("Content-Type", JSON);
        rateHeaders(x, out);
        byte[] payload = status == 200 && x.fault == FaultKind.GARBAGE ? garbage(x) : body;
        if (x.gzip) {
            out.set("Content-Encoding", "gzip");
            payload = gzip(payload);
        }
        x.status = status;
        recorder.record(x);
        x.drainBody();
        boolean head = x.method().equals("HEAD");
        x.http.sendResponseHeaders(status, head ? -1 : payload.length);
        if (!head) {
            try (OutputStream os = x.http.getResponseBody()) {
                os.write(payload);
            }
        }
    }

    /**
     * Every API response, 429s included, reports the budget (spec 6, 9 #38, #40): the state this
     * request was counted in, or else the current state of its consumer key's budget (or the
     * anonymous one); the {@code x-per-second-*} headers only with a per-second budget.
     */
    private void rateHeaders(Exchange x, Headers out) {
        if (TokenEndpoint.PATH.equals(x.rawPath())) {
            return;
        }
        RateBudget.State s = x.rate != null ? x.rate : budget.peek(x.consumerKey, clock.instant());
        window(out, "x-per-minute-", s.minute());
        if (s.second() != null) {
            window(out, "x-per-second-", s.second());
        }
    }

    private static void window(Headers out, String prefix, RateBudget.Window w) {
        out.set(prefix + "limit", Integer.toString(w.limit()));
        out.set(prefix + "remaining", Integer.toString(w.remaining()));
        out.set(prefix + "reset", Long.toString(w.resetEpochSecond()));
    }

    private static byte[] garbage(Exchange x) {
        return ("<html><head><title>Gateway</title></head><body>upstream sent garbage #" + x.request
                + "\u0000\u0007}{</body></html>\n").getBytes(StandardCharsets.UTF_8);
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
