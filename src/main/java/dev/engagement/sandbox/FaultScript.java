package dev.engagement.sandbox;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Faults by API request number (from 1): {@code KIND@N} hits request N only; {@code KIND+@N} hits
 * every request from N on (e.g. {@code 401+@4}: a token revoked before the fourth request). A
 * one-off entry wins over a persistent one; of persistent entries the latest to start wins.
 *
 * @param once       request number to its fault
 * @param persistent first request number to the fault every later request gets too
 */
public record FaultScript(Map<Long, FaultKind> once, NavigableMap<Long, FaultKind> persistent) {
    public static final FaultScript NONE = parse(null);

    /** The syntax, for messages and help. */
    static final String SYNTAX = "KIND@N (request N) or KIND+@N (every request from N on), comma-separated, with KIND "
            + "one of " + FaultKind.tokens() + " and N a request number from 1";

    /** The scripted fault of request {@code n}, or null. */
    public FaultKind faultFor(long n) {
        FaultKind f = once.get(n);
        if (f != null) {
            return f;
        }
        Map.Entry<Long, FaultKind> from = persistent.floorEntry(n);
        return from == null ? null : from.getValue();
    }

    /** Parses the script; throws IllegalArgumentException naming the bad entry. Null or blank: none. */
    public static FaultScript parse(String script) {
        TreeMap<Long, FaultKind> once = new TreeMap<>();
        TreeMap<Long, FaultKind> persistent = new TreeMap<>();
        if (script == null || script.isBlank()) {
            return new FaultScript(Collections.unmodifiableMap(once), Collections.unmodifiableNavigableMap(persistent));
        }
        for (String part : script.split(",", -1)) {
            String p = part.strip();
            int at = p.indexOf('@');
            String kindText = at < 0 ? "" : p.substring(0, at).strip();
            boolean from = kindText.endsWith("+");
            FaultKind kind = FaultKind.fromToken(from ? kindText.substring(0, kindText.length() - 1).strip() : kindText);
            long n;
            try {
                n = at < 0 ? -1 : Long.parseLong(p.substring(at + 1).strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (kind == null || n < 1) {
                throw new IllegalArgumentException("Bad fault script entry '" + p + "': expected " + SYNTAX);
            }
            if ((from ? persistent : once).put(n, kind) != null) {
                throw new IllegalArgumentException("Fault script names request " + n + (from ? "+" : "") + " twice");
            }
        }
        return new FaultScript(Collections.unmodifiableMap(once), Collections.unmodifiableNavigableMap(persistent));
    }
}
