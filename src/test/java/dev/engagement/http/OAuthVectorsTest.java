package dev.engagement.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our signpost adapter reproduces the published OAuth 1.0a vectors (spec 7.3) through real HttpClient 5 requests. */
class OAuthVectorsTest {
    static final String KEY = "xvz1evFS4wEEPTGEFPHBog";
    static final String SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    static final String TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    static final String TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
    static final String NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    static final String TIMESTAMP = "1318622958";

    /** A consumer with the vector's nonce and timestamp instead of fresh ones. */
    static final class FixedConsumer extends HttpClient5OAuthConsumer {
        private static final long serialVersionUID = 1L;
        private final String nonce;
        private final String timestamp;

        FixedConsumer(String key, String secret, String nonce, String timestamp) {
            super(key, secret);
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

    static Map<String, String> params(ClassicHttpRequest r) {
        String header = r.getFirstHeader("Authorization").getValue();
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
        HttpPost post = new HttpPost(URI.create(url + "?include_entities=true"));
        post.setEntity(new StringEntity("status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21",
                ContentType.APPLICATION_FORM_URLENCODED));
        post.setHeader("Content-Type", "application/x-www-form-urlencoded");
        FixedConsumer c = new FixedConsumer(KEY, SECRET, NONCE, TIMESTAMP);
        c.setTokenWithSecret(TOKEN, TOKEN_SECRET);
        c.sign(post);
        assertEquals(signature, params(post).get("oauth_signature"));
    }

    @Test
    void oauthCoreAppendixVector() throws Exception {
        HttpPost get = new HttpPost(URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original")) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        FixedConsumer c = new FixedConsumer("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "kllo9940pd9333jh", "1191242096");
        c.setTokenWithSecret("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");
        c.sign(get);
        assertEquals("tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D", params(get).get("oauth_signature"));
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
        HttpTransport transport = new HttpTransport(java.time.Duration.ofSeconds(5));
        ClassicHttpRequest post = transport.newJsonPost(URI.create(url), "{\"tweet_ids\":[\"1\"]}");
        FixedConsumer c = new FixedConsumer(KEY, SECRET, NONCE, TIMESTAMP);
        if (withToken) {
            c.setTokenWithSecret(TOKEN, TOKEN_SECRET);
        }
        c.sign(post);
        Map<String, String> p = params(post);
        assertEquals(java.net.URLEncoder.encode(signature, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"), p.get("oauth_signature"));
        assertEquals(withToken, p.containsKey("oauth_token"));
    }

    @Test
    void everyAttemptGetsAFreshNonce() {
        OAuth1Authenticator auth = new OAuth1Authenticator(KEY, SECRET, TOKEN, TOKEN_SECRET);
        HttpTransport transport = new HttpTransport(java.time.Duration.ofSeconds(5));
        URI uri = URI.create("https://data-api.twitter.com/insights/engagement/totals");
        String n1 = params(auth.authenticate(transport.newJsonPost(uri, "{}"))).get("oauth_nonce");
        String n2 = params(auth.authenticate(transport.newJsonPost(uri, "{}"))).get("oauth_nonce");
        assertFalse(n1.equals(n2));
    }

    @Test
    void describeNeverShowsSecrets() {
        OAuth1Authenticator auth = new OAuth1Authenticator(KEY, SECRET, TOKEN, TOKEN_SECRET);
        assertFalse(auth.describe().contains(SECRET));
        assertFalse(auth.describe().contains(TOKEN_SECRET));
        assertFalse(auth.describe().contains(TOKEN));
        String bearer = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI";
        assertFalse(new BearerAuthenticator(bearer).describe().contains(bearer.substring(0, 20)));
        assertFalse(new Credentials(KEY, SECRET, TOKEN, TOKEN_SECRET, bearer).toString().contains(SECRET));
    }
}
