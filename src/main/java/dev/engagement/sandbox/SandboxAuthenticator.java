package dev.engagement.sandbox;

import dev.engagement.api.ApiError;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.AuthKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the {@code Authorization} header of an API request (spec 7.2-7.5): OAuth 1.0a
 * HMAC-SHA1 with user context or consumer only, or a Bearer token. Signatures are compared in
 * constant time; timestamps must be within the configured tolerance; a nonce is refused when it
 * was already used with the same consumer, token and timestamp. Nonces are kept only while their
 * timestamp is inside the tolerance window, so memory stays bounded.
 */
final class SandboxAuthenticator {

    /** How a request authenticated, for the rules and the log. */
    enum Method {
        NONE("none"), USER("user"), APP_BEARER("app-bearer"), APP_OAUTH("app-oauth");

        final String logName;

        Method(String logName) {
            this.logName = logName;
        }
    }

    /** The outcome: a method and identity, or the 401 to answer with. */
    record Outcome(Method method, String consumerKey, long userId, ApiError error) {
        static Outcome fail(String consumerKey, String message) {
            return new Outcome(Method.NONE, consumerKey, 0, new ApiError(401, message));
        }

        boolean ok() {
            return error == null;
        }

        AuthKind kind() {
            return method == Method.USER ? AuthKind.USER : AuthKind.APP;
        }
    }

    /** What the verifier needs to know about a request. */
    record RequestView(String method, String scheme, String hostHeader, String rawPath, String rawQuery,
            String formBody, String authorization) {
    }

    private final SandboxCredentials creds;
    private final Duration tolerance;
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();
    private volatile long lastPurgeSecond = Long.MIN_VALUE;

    SandboxAuthenticator(SandboxCredentials creds, Duration tolerance) {
        this.creds = creds;
        this.tolerance = tolerance;
    }

    int nonceCount() {
        return nonces.size();
    }

    Outcome authenticate(RequestView req, Instant now) {
        String header = req.authorization();
        if (header == null || header.isBlank()) {
            return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
        }
        String h = header.strip();
        int sp = indexOfWhitespace(h);
        String scheme = sp < 0 ? h : h.substring(0, sp);
        String rest = sp < 0 ? "" : h.substring(sp).strip();
        if (scheme.equalsIgnoreCase("Bearer")) {
            if (rest.isEmpty() || indexOfWhitespace(rest) >= 0) {
                return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
            }
            if (constantTimeEquals(rest, creds.bearerToken())) {
                return new Outcome(Method.APP_BEARER, creds.consumerKey(), 0, null);
            }
            return Outcome.fail(null, ApiMessages.AUTH_FAILED_PREFIX + "Invalid or expired token");
        }
        if (!scheme.equalsIgnoreCase("OAuth")) {
            return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
        }
        Map<String, String> p = OAuth1.parseAuthorizationHeader(rest);
        if (p == null) {
            return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
        }
        String consumerKey = p.get("oauth_consumer_key");
        for (String required : List.of("oauth_consumer_key", "oauth_signature", "oauth_signature_method",
                "oauth_timestamp", "oauth_nonce")) {
            String v = p.get(required);
            if (v == null || v.isEmpty()) {
                return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Missing required parameter " + required);
            }
        }
        if (!constantTimeEquals(consumerKey, creds.consumerKey())) {
            return Outcome.fail(null, ApiMessages.AUTH_FAILED_PREFIX + "Invalid consumer key");
        }
        String token = p.get("oauth_token");
        String tokenSecret = "";
        long userId = 0;
        boolean user = token != null && !token.isEmpty();
        if (user) {
            if (constantTimeEquals(token, creds.accessToken())) {
                tokenSecret = creds.accessTokenSecret();
                userId = SandboxData.SANDBOX_USER_ID;
            } else if (constantTimeEquals(token, creds.otherAccessToken())) {
                tokenSecret = creds.otherAccessTokenSecret();
                userId = SandboxData.OTHER_USER_ID;
            } else {
                return Outcome.fail(consumerKey, ApiMessages.ACCESS_TOKEN_NOT_FOUND);
            }
        }
        if (!"HMAC-SHA1".equals(p.get("oauth_signature_method"))) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Unsupported oauth_signature_method "
                    + p.get("oauth_signature_method") + "; use HMAC-SHA1");
        }
        String version = p.get("oauth_version");
        if (version != null && !version.equals("1.0")) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Unsupported oauth_version " + version);
        }
        String ts = p.get("oauth_timestamp");
        long timestamp;
        try {
            if (!ts.chars().allMatch(c -> c >= '0' && c <= '9') || ts.length() > 18) {
                throw new NumberFormatException();
            }
            timestamp = Long.parseLong(ts);
        } catch (NumberFormatException e) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX
                    + "Invalid oauth_timestamp; it must be the Unix time in seconds");
        }
        long nowSec = now.getEpochSecond();
        if (tolerance != null && Math.abs(nowSec - timestamp) > tolerance.getSeconds()) {
            long skew = timestamp - nowSec;
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Timestamp out of bounds: oauth_timestamp "
                    + timestamp + " is " + Math.abs(skew) + " s " + (skew < 0 ? "behind" : "ahead of")
                    + " the server clock (" + nowSec + "); check the system clock");
        }
        String base = OAuth1.baseString(req.method(), OAuth1.baseUri(req.scheme(), req.hostHeader(), req.rawPath()),
                OAuth1.signedParams(p, req.rawQuery(), req.formBody()));
        String expected = OAuth1.signature(base, creds.consumerSecret(), tokenSecret);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                p.get("oauth_signature").getBytes(StandardCharsets.UTF_8))) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Invalid signature");
        }
        if (tolerance != null && !rememberNonce(consumerKey, token, timestamp, p.get("oauth_nonce"), nowSec)) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Nonce already used");
        }
        return new Outcome(user ? Method.USER : Method.APP_OAUTH, consumerKey, userId, null);
    }

    /** The consumer key a request claims, for rate-limit headers on refused requests; may be null. */
    String claimedConsumerKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        String h = authorization.strip();
        if (h.regionMatches(true, 0, "Bearer", 0, 6)) {
            return constantTimeEquals(h.substring(6).strip(), creds.bearerToken()) ? creds.consumerKey() : null;
        }
        Map<String, String> p = OAuth1.parseAuthorizationHeader(h);
        String key = p == null ? null : p.get("oauth_consumer_key");
        return key != null && constantTimeEquals(key, creds.consumerKey()) ? key : null;
    }

    private boolean rememberNonce(String consumerKey, String token, long timestamp, String nonce, long nowSec) {
        long window = tolerance.getSeconds();
        if (nowSec != lastPurgeSecond) {
            lastPurgeSecond = nowSec;
            for (Iterator<Long> it = nonces.values().iterator(); it.hasNext();) {
                if (it.next() < nowSec - window) {
                    it.remove();
                }
            }
        }
        String key = consumerKey + '\n' + (token == null ? "" : token) + '\n' + timestamp + '\n' + nonce;
        return nonces.putIfAbsent(key, timestamp) == null;
    }

    static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
