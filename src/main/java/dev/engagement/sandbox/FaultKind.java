package dev.engagement.sandbox;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Faults the sandbox injects on purpose. */
public enum FaultKind {
    /** 500 {@code internal server error}. */
    HTTP_500("500"),
    /** 502 with a JSON error body. */
    HTTP_502("502"),
    /** 503 with a JSON error body. */
    HTTP_503("503"),
    /** 429 {@code Exceeded rate limit} whose reset is 2 s ahead of the sandbox clock (script only). */
    HTTP_429("429"),
    /** The connection is closed without any response. */
    RESET("reset"),
    /** 200 with a body that is not JSON. */
    GARBAGE("garbage"),
    /** The response is delayed by the configured slow delay, then answered normally. */
    SLOW("slow");

    private final String token;

    FaultKind(String token) {
        this.token = token;
    }

    /** The name used in scripts and logs. */
    public String token() {
        return token;
    }

    private static FaultKind fromToken(String s) {
        for (FaultKind k : values()) {
            if (k.token.equals(s.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /**
     * Parses {@code kind@N[,kind@N...]} (kinds 500, 502, 503, 429, reset, garbage, slow; N the API
     * request number from 1). Throws IllegalArgumentException on anything else.
     */
    public static Map<Long, FaultKind> parseScript(String script) {
        Map<Long, FaultKind> out = new TreeMap<>();
        if (script == null || script.isBlank()) {
            return Collections.unmodifiableMap(out);
        }
        for (String part : script.split(",")) {
            String p = part.strip();
            int at = p.indexOf('@');
            FaultKind kind = at < 0 ? null : fromToken(p.substring(0, at).strip());
            long n;
            try {
                n = at < 0 ? -1 : Long.parseLong(p.substring(at + 1).strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (kind == null || n < 1) {
                throw new IllegalArgumentException("Bad fault script entry '" + p + "': expected KIND@N with KIND one of "
                        + "500, 502, 503, 429, reset, garbage, slow and N a request number from 1");
            }
            if (out.put(n, kind) != null) {
                throw new IllegalArgumentException("Fault script names request " + n + " twice");
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
