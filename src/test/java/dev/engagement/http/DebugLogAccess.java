package dev.engagement.http;

/** Test access to the package-private redaction of {@link DebugLog}. */
public final class DebugLogAccess {
    private DebugLogAccess() {
    }

    public static String redact(String name, String value) {
        return DebugLog.redact(name, value);
    }
}
