package dev.engagement.http;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A received response: status, headers (names lower-cased) and the decompressed body. */
public record HttpResult(int status, Map<String, String> headers, byte[] body) {
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
