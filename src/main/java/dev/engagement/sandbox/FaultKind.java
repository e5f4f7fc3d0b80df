package dev.engagement.sandbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Faults the sandbox injects on purpose. */
public enum FaultKind {
    /** 500 {@code internal server error}. */
    HTTP_500("500"),
    /** 502 with a JSON error body. */
    HTTP_502("502"),
    /** 503 with a JSON error body. */
    HTTP_503("503"),
    /** 401 {@code Access token not found}, as for a revoked token (script only; {@code 401+@N} revokes it from N on). */
    HTTP_401("401"),
    /** 429 {@code Exceeded rate limit} whose reset is 2 s ahead of the sandbox clock (script only). */
    HTTP_429("429"),
    /** The connection is reset (TCP RST where the server allows it) without any response. */
    RESET("reset"),
    /** A response that would be 200 gets a body that is not JSON instead; any other response is left alone. */
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

    /** The kind a script names, case-insensitively, or null. */
    static FaultKind fromToken(String s) {
        for (FaultKind k : values()) {
            if (k.token.equals(s.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** Every token, comma-separated, for messages. */
    static String tokens() {
        return Arrays.stream(values()).map(FaultKind::token).collect(Collectors.joining(", "));
    }
}
