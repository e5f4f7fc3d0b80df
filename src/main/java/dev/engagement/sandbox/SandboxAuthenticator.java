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
    private final int users;
    private final Duration tolerance;
    private final Map<String, Long> nonces = new ConcurrentHashMap<>();
    private volatile long lastPurgeSecond = Long.MIN_VALUE;

    SandboxAuthenticator(SandboxCredentials creds, Duration tolerance) {
        this(creds, 1, tolerance);
    }

    /** {@code users}: how many sandbox users hold a token (see {@link SandboxCredentials#user(int)}). */
    SandboxAuthenticator(SandboxCredentials creds, int users, Duration tolerance) {
        this.creds = creds;
        this.users = users;
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
            return bearer(rest);
        }
        if (!scheme.equalsIgnoreCase("OAuth")) {
            return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
        }
        Map<String, String> p = OAuth1.parseAuthorizationHeader(rest);
        if (p == null) {
            return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
        }
        return oauth(req, p, now);
    }

    private Outcome bearer(String token) {
        if (token.isEmpty() || indexOfWhitespace(token) >= 0) {
            return Outcome.fail(null, ApiMessages.UNKNOWN_AUTHORIZATION);
        }
        if (constantTimeEquals(token, creds.bearerToken())) {
            return new Outcome(Method.APP_BEARER, creds.consumerKey(), 0, null);
        }
        return Outcome.fail(null, ApiMessages.AUTH_FAILED_PREFIX + "Invalid or expired token");
    }

    /** The checks of an OAuth 1.0a header, in the order their failures are reported. */
    private Outcome oauth(RequestView req, Map<String, String> p, Instant now) {
        String consumerKey = p.get("oauth_consumer_key");
        String missing = missingParameter(p);
        if (missing != null) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + "Missing required parameter " + missing);
        }
        if (!constantTimeEquals(consumerKey, creds.consumerKey())) {
            return Outcome.fail(null, ApiMessages.AUTH_FAILED_PREFIX + "Invalid consumer key");
        }
        String token = p.get("oauth_token");
        boolean user = token != null && !token.isEmpty();
        Identity identity = user ? userOf(token) : Identity.APP;
        if (identity == null) {
            return Outcome.fail(consumerKey, ApiMessages.ACCESS_TOKEN_NOT_FOUND);
        }
        String problem = signedRequestProblem(req, p, identity, now.getEpochSecond());
        if (problem != null) {
            return Outcome.fail(consumerKey, ApiMessages.AUTH_FAILED_PREFIX + problem);
        }
        return new Outcome(user ? Method.USER : Method.APP_OAUTH, consumerKey, identity.userId(), null);
    }

    /**
     * The first problem of a header with a known consumer and token, in this order: signature
     * method and version, timestamp form and skew, signature, nonce reuse. Null when there is none
     * (and then the nonce is remembered).
     */
    private String signedRequestProblem(RequestView req, Map<String, String> p, Identity identity, long nowSec) {
        String unsupported = unsupportedParameter(p);
        if (unsupported != null) {
            return unsupported;
        }
        long timestamp = parseTimestamp(p.get("oauth_timestamp"));
        if (timestamp < 0) {
            return "Invalid oauth_timestamp; it must be the Unix time in seconds";
        }
        String skew = skew(timestamp, nowSec);
        if (skew != null) {
            return skew;
        }
        if (!signatureMatches(req, p, identity.tokenSecret())) {
            return "Invalid signature";
        }
        if (tolerance != null && !rememberNonce(p.get("oauth_consumer_key"), p.get("oauth_token"), timestamp,
                p.get("oauth_nonce"), nowSec)) {
            return "Nonce already used";
        }
        return null;
    }

    /** The token secret to sign with and the user a token belongs to; {@link #APP} without a token. */
    private record Identity(String tokenSecret, long userId) {
        static final Identity APP = new Identity("", 0);
    }

    /** The user of a sandbox access token, or null for an unknown token. */
    private Identity userOf(String token) {
        if (constantTimeEquals(token, creds.accessToken())) {
            return new Identity(creds.accessTokenSecret(), SandboxData.SANDBOX_USER_ID);
        }
        if (constantTimeEquals(token, creds.otherAccessToken())) {
            return new Identity(creds.otherAccessTokenSecret(), SandboxData.OTHER_USER_ID);
        }
        int n = userNumberOf(token);
        if (n >= 2 && n <= users) {
            SandboxCredentials.User u = creds.user(n);
            if (constantTimeEquals(token, u.accessToken())) {
                return new Identity(u.accessTokenSecret(), u.userId());
            }
        }
        return null;
    }

    /** The user number a token of the form {@code <userId>-...} names, or -1. */
    private static int userNumberOf(String token) {
        int dash = token.indexOf('-');
        if (dash < 1 || dash > 12 || !token.substring(0, dash).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long n = Long.parseLong(token.substring(0, dash)) - SandboxData.SANDBOX_USER_ID + 1;
        return n < 1 || n > SandboxData.MAX_USERS ? -1 : (int) n;
    }

    private static String missingParameter(Map<String, String> p) {
        for (String required : List.of("oauth_consumer_key", "oauth_signature", "oauth_signature_method",
                "oauth_timestamp", "oauth_nonce")) {
            String v = p.get(required);
            if (v == null || v.isEmpty()) {
                return required;
            }
        }
        return null;
    }

    /** Why the signature method or version is not supported, or null. */
    private static String unsupportedParameter(Map<String, String> p) {
        if (!"HMAC-SHA1".equals(p.get("oauth_signature_method"))) {
            return "Unsupported oauth_signature_method " + p.get("oauth_signature_method") + "; use HMAC-SHA1";
        }
        String version = p.get("oauth_version");
        if (version != null && !version.equals("1.0")) {
            return "Unsupported oauth_version " + version;
        }
        return null;
    }

    /** Unix seconds, or -1 when {@code ts} is not 1 to 18 digits. */
    private static long parseTimestamp(String ts) {
        if (!ts.chars().allMatch(c -> c >= '0' && c <= '9') || ts.length() > 18) {
            return -1;
        }
        return Long.parseLong(ts);
    }

    /** Why the timestamp is outside the tolerance, or null (always null when the check is disabled). */
    private String skew(long timestamp, long nowSec) {
        if (tolerance == null || Math.abs(nowSec - timestamp) <= tolerance.getSeconds()) {
            return null;
        }
        long skew = timestamp - nowSec;
        return "Timestamp out of bounds: oauth_timestamp " + timestamp + " is " + Math.abs(skew) + " s "
                + (skew < 0 ? "behind" : "ahead of") + " the server clock (" + nowSec + "); check the system clock";
    }

    private boolean signatureMatches(RequestView req, Map<String, String> p, String tokenSecret) {
        String base = OAuth1.baseString(req.method(), OAuth1.baseUri(req.scheme(), req.hostHeader(), req.rawPath()),
                OAuth1.signedParams(p, req.rawQuery(), req.formBody()));
        String expected = OAuth1.signature(base, creds.consumerSecret(), tokenSecret);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                p.get("oauth_signature").getBytes(StandardCharsets.UTF_8));
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
