package dev.engagement.sandbox;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A test-only OAuth 1.0a signer, written independently of {@link OAuth1} (JDK URLEncoder based)
 * so that a shared mistake cannot make client and verifier agree.
 */
final class TestSigner {
    private TestSigner() {
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /**
     * The Authorization header for a request to {@code baseUrl} (scheme://host[:port]/path as it
     * must be signed) with the given query ({@code null} for none). {@code token} null = consumer only.
     */
    static String header(String method, String baseUrl, String query, String consumerKey, String consumerSecret,
            String token, String tokenSecret, long timestamp, String nonce) {
        Map<String, String> oauth = new TreeMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_nonce", nonce);
        oauth.put("oauth_signature_method", "HMAC-SHA1");
        oauth.put("oauth_timestamp", Long.toString(timestamp));
        oauth.put("oauth_version", "1.0");
        if (token != null) {
            oauth.put("oauth_token", token);
        }
        List<String> pairs = new ArrayList<>();
        oauth.forEach((k, v) -> pairs.add(enc(k) + "=" + enc(v)));
        if (query != null) {
            for (String p : query.split("&")) {
                String[] kv = p.split("=", 2);
                pairs.add(enc(URLDecoder.decode(kv[0], StandardCharsets.UTF_8)) + "="
                        + enc(URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8)));
            }
        }
        pairs.sort(null);
        String base = method + "&" + enc(baseUrl) + "&" + enc(String.join("&", pairs));
        String key = enc(consumerSecret) + "&" + (tokenSecret == null ? "" : enc(tokenSecret));
        String sig;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            sig = Base64.getEncoder().encodeToString(mac.doFinal(base.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        oauth.put("oauth_signature", sig);
        StringBuilder h = new StringBuilder("OAuth ");
        boolean first = true;
        for (Map.Entry<String, String> e : oauth.entrySet()) {
            if (!first) {
                h.append(", ");
            }
            first = false;
            h.append(enc(e.getKey())).append("=\"").append(enc(e.getValue())).append('"');
        }
        return h.toString();
    }
}
