package dev.engagement.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.engagement.config.Credentials;

/** Our signpost adapter reproduces the published OAuth 1.0a vectors (spec 7.3) through real HttpClient 5 requests. */
class OAuthVectorsTest {
    static final String KEY = "xvz1evFS4wEEPTGEFPHBog";
    static final String SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    static final String TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    static final String TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
    static final String NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    static final String TIMESTAMP = "1318622958";

    /** A consumer with the vector's nonce and timestamp instead of fresh ones. */
    static final class FixedConsumer extends SignpostConsumer {
        private static final long serialVersionUID = 1L;
        private final String nonce;
        private final String timestamp;

        FixedConsumer(String key, String secret, String nonce, String timestamp) {
            super(key, secret, java.time.Clock.systemUTC());
            this.nonce = nonce;
            this.timestamp = timestamp;
        }

        @Override
        protected String generateNonce() {
            return nonce;
        }

        @Override
        protected String generateTimestamp() {
            return timestamp;
        }
    }

    /** Signs as OAuth1Authenticator does, with the vector's nonce and timestamp. */
    static WireRequest sign(FixedConsumer c, WireRequest r) throws Exception {
        SignpostRequest signable = new SignpostRequest(r);
        c.sign(signable);
        return signable.signed();
    }

    static Map<String, String> params(WireRequest r) {
        String header = r.header("Authorization");
        assertTrue(header.startsWith("OAuth "));
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : header.substring(6).split(",\\s*")) {
            int eq = part.indexOf('=');
            out.put(part.substring(0, eq), part.substring(eq + 2, part.length() - 1));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "https://api.x.com/1.1/statuses/update.json, Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D",
        "https://api.twitter.com/1.1/statuses/update.json, hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"})
    void publishedStatusUpdateVectors(String url, String signature) throws Exception {
        WireRequest post = WireRequest.post(URI.create(url + "?include_entities=true"), "application/x-www-form-urlencoded",
                "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FixedConsumer c = new FixedConsumer(KEY, SECRET, NONCE, TIMESTAMP);
        c.setTokenWithSecret(TOKEN, TOKEN_SECRET);
        assertEquals(signature, params(sign(c, post)).get("oauth_signature"));
    }

    @Test
    void noncesAreThirtyTwoLettersAndDigitsEachEquallyLikelyAndNeverRepeated() {
        assertTrue(new SignpostConsumer("k", "s", java.time.Clock.systemUTC()).generateNonce().matches("[A-Za-z0-9]{32}"));
        SignpostConsumer consumer = new SignpostConsumer("k", "s", java.time.Clock.systemUTC(), new java.util.Random(7));
        java.util.Set<String> seen = new java.util.HashSet<>();
        int[] counts = new int[128];
        for (int i = 0; i < 2000; i++) {
            String nonce = consumer.generateNonce();
            assertTrue(nonce.matches("[A-Za-z0-9]{32}"), nonce);
            assertTrue(seen.add(nonce), "a nonce repeated: " + nonce);
            nonce.chars().forEach(c -> counts[c]++);
        }
        // 64,000 characters, about 1,032 of each of the 62 (a seeded source, so the same every run).
        for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
            assertTrue(counts[c] > 850 && counts[c] < 1250, c + ": " + counts[c]);
        }
    }

    @Test
    void oauthCoreAppendixVector() throws Exception {
        WireRequest get = new WireRequest("GET", URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"),
                java.util.List.of(), new byte[0]);
        FixedConsumer c = new FixedConsumer("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "kllo9940pd9333jh", "1191242096");
        c.setTokenWithSecret("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");
        assertEquals("tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D", params(sign(c, get)).get("oauth_signature"));
    }

    @ParameterizedTest
    @CsvSource({
        "https://data-api.twitter.com/insights/engagement/totals, true, /pMYbW9O1cKhdPGpgGyscSuMVoU=",
        "https://data-api.twitter.com/insights/engagement/28hr, true, kZEbRFRLIbtZJrxjB7Uq0t2Tsdk=",
        "https://data-api.twitter.com/insights/engagement/historical, true, /15qDT8P3vPWvN3+zkqvtZaamSs=",
        "https://data-api.twitter.com/insights/engagement/totals, false, 9zv9uOdXKDNqYsgMVfwfdnwXL8U=",
        "https://data-api.x.com/insights/engagement/totals, true, oETXxUmB7d/+eFImVyDWymiE1SA=",
        "http://localhost:8080/insights/engagement/totals, true, R0CMZWEP1tOJ5qGa1CQ2pZwXPgw="})
    void engagementApiVectorsWithJsonBodyExcluded(String url, boolean withToken, String signature) throws Exception {
        WireRequest post = WireRequest.post(URI.create(url), "application/json",
                "{\"tweet_ids\":[\"1\"]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        FixedConsumer c = new FixedConsumer(KEY, SECRET, NONCE, TIMESTAMP);
        if (withToken) {
            c.setTokenWithSecret(TOKEN, TOKEN_SECRET);
        }
        Map<String, String> p = params(sign(c, post));
        assertEquals(java.net.URLEncoder.encode(signature, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"), p.get("oauth_signature"));
        assertEquals(withToken, p.containsKey("oauth_token"));
    }

    @Test
    void everyAttemptGetsAFreshNonce() {
        OAuth1Authenticator auth = new OAuth1Authenticator(KEY, SECRET, TOKEN, TOKEN_SECRET);
        WireRequest unsigned = WireRequest.post(URI.create("https://data-api.twitter.com/insights/engagement/totals"),
                "application/json", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String n1 = params(auth.authenticate(unsigned)).get("oauth_nonce");
        String n2 = params(auth.authenticate(unsigned)).get("oauth_nonce");
        assertFalse(n1.equals(n2));
        assertEquals(null, unsigned.header("Authorization"), "the request given is left unsigned");
    }

    @Test
    void printingAnAuthenticatorNeverShowsSecrets() {
        OAuth1Authenticator auth = new OAuth1Authenticator(KEY, SECRET, TOKEN, TOKEN_SECRET);
        assertFalse(auth.toString().contains(SECRET));
        assertFalse(auth.toString().contains(TOKEN_SECRET));
        assertFalse(auth.toString().contains(TOKEN));
        String bearer = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI";
        assertFalse(new BearerAuthenticator(bearer).toString().contains(bearer.substring(0, 20)));
        assertFalse(new Credentials(KEY, SECRET, TOKEN, TOKEN_SECRET, bearer).toString().contains(SECRET));
    }
}
