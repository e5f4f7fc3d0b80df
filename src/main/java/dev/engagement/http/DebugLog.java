package dev.engagement.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;

/**
 * The --debug log of what goes over the wire: request line, headers and JSON body, response status,
 * headers and body. Credentials never appear: the Authorization header shows its scheme only.
 * (HttpClient's own header and wire loggers stay off, because they print the header as sent.)
 */
final class DebugLog {
    static final int MAX_BODY = 4000;
    private final PrintStream out;

    DebugLog(PrintStream out) {
        this.out = out;
    }

    void request(HttpRequest request) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(">> ").append(request.getMethod()).append(' ').append(request.getRequestUri()).append('\n');
        for (Header h : request.getHeaders()) {
            sb.append(">> ").append(h.getName()).append(": ").append(redact(h.getName(), h.getValue())).append('\n');
        }
        if (request instanceof org.apache.hc.core5.http.HttpEntityContainer container) {
            HttpEntity entity = container.getEntity();
            if (entity != null && entity.isRepeatable() && entity.getContentLength() <= 1 << 20) {
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                entity.writeTo(body);
                sb.append(">> ").append(clip(body.toByteArray())).append('\n');
            }
        }
        print(sb);
    }

    void response(HttpResponse response) {
        StringBuilder sb = new StringBuilder();
        sb.append("<< ").append(response.getCode()).append(' ')
                .append(response.getReasonPhrase() == null ? "" : response.getReasonPhrase()).append('\n');
        for (Header h : response.getHeaders()) {
            sb.append("<< ").append(h.getName()).append(": ").append(redact(h.getName(), h.getValue())).append('\n');
        }
        print(sb);
    }

    void responseBody(byte[] body) {
        print(new StringBuilder("<< ").append(clip(body)).append('\n'));
    }

    /** Authorization (and anything else that may carry a credential) shows its scheme only. */
    static String redact(String name, String value) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("authorization") || n.equals("proxy-authorization") || n.contains("cookie") || n.contains("token")) {
            int space = value.indexOf(' ');
            return (space > 0 ? value.substring(0, space) + " " : "") + "[redacted]";
        }
        return value;
    }

    private static String clip(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY) + "... (" + text.length() + " characters)";
    }

    private void print(StringBuilder sb) {
        synchronized (out) {
            out.print(sb);
            out.flush();
        }
    }
}
