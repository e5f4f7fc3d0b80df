package dev.engagement.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.ApiMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published OAuth 1.0a vectors of spec 7.3 against the sandbox's verifier (timestamp check off). */
class OAuthVectorsTest {
    // V1 credentials (X "Creating a signature").
    static final String CK = "xvz1evFS4wEEPTGEFPHBog";
    static final String CS = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    static final String TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    static final String TS = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
    static final String NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    static final String TIMESTAMP = "1318622958";
    static final String STATUS_BODY = "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21";

    static final SandboxCredentials V1_CREDS = new SandboxCredentials(CK, CS, TOKEN, TS, "unused-bearer",
            "other-token", "other-secret");

    private static Map<String, String> v1Params(boolean withToken) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("oauth_consumer_key", CK);
        p.put("oauth_nonce", NONCE);
        p.put("oauth_signature_method", "HMAC-SHA1");
        p.put("oauth_timestamp", TIMESTAMP);
        if (withToken) {
            p.put("oauth_token", TOKEN);
        }
        p.put("oauth_version", "1.0");
        return p;
    }

    private static String header(Map<String, String> params, String signature) {
        StringBuilder sb = new StringBuilder("OAuth ");
        params.forEach((k, v) -> sb.append(k).append("=\"").append(OAuth1.percentEncode(v)).append("\", "));
        sb.append("oauth_signature=\"").append(OAuth1.percentEncode(signature)).append('"');
        return sb.toString();
    }

    private static SandboxAuthenticator.Outcome verify(SandboxCredentials creds, String method, String scheme,
            String host, String path, String query, String form, String header) {
        return new SandboxAuthenticator(creds, null).authenticate(
                new SandboxAuthenticator.RequestView(method, scheme, host, path, query, form, header), Instant.EPOCH);
    }

    @Test
    void v1CurrentDocsSignatureAndBaseString() {
        String base = OAuth1.baseString("POST", OAuth1.baseUri("https", "api.x.com", "/1.1/statuses/update.json"),
                OAuth1.signedParams(v1Params(true), "include_entities=true", STATUS_BODY));
        assertEquals("POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26"
                + "oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-"
                + "GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B"
                + "%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521", base);
        assertEquals("Ls93hJiZbQ3akF3HF3x1Bz8/zU4=", OAuth1.signature(base, CS, TS));
        SandboxAuthenticator.Outcome o = verify(V1_CREDS, "POST", "https", "api.x.com", "/1.1/statuses/update.json",
                "include_entities=true", STATUS_BODY, header(v1Params(true), "Ls93hJiZbQ3akF3HF3x1Bz8/zU4="));
        assertTrue(o.ok(), () -> o.error().toString());
    }

    @Test
    void v2OlderDocsFullHeaderVerifies() {
        String header = "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
                + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1318622958\", oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", "
                + "oauth_version=\"1.0\"";
        SandboxAuthenticator.Outcome o = verify(V1_CREDS, "POST", "https", "api.twitter.com", "/1.1/statuses/update.json",
                "include_entities=true", STATUS_BODY, header);
        assertTrue(o.ok(), () -> o.error().toString());
        assertEquals(SandboxAuthenticator.Method.USER, o.method());
        // The "Authorizing a request" page's signature is known to be unreproducible: it must fail.
        SandboxAuthenticator.Outcome bad = verify(V1_CREDS, "POST", "https", "api.twitter.com",
                "/1.1/statuses/update.json", "include_entities=true", STATUS_BODY,
                header.replace("hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D", "tnnArxj06cWHq44gCs1OSKk%2FjLY%3D"));
        assertEquals(ApiMessages.AUTH_FAILED_PREFIX + "Invalid signature", bad.error().firstMessage());
    }

    static final SandboxCredentials PHOTOS = new SandboxCredentials("dpf43f3p2l4k3l03", "kd94hf93k423kf44",
            "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00", "b", "o", "os");

    @Test
    void v3Rfc5849PhotoRequestWithRealmAndNoVersion() {
        String header = "OAuth realm=\"Photos\",\n   oauth_consumer_key=\"dpf43f3p2l4k3l03\",oauth_token=\"nnch734d00sl2jdk\","
                + " oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\", "
                + "oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"";
        Map<String, String> p = OAuth1.parseAuthorizationHeader(header);
        String base = OAuth1.baseString("GET", OAuth1.baseUri("http", "photos.example.net", "/photos"),
                OAuth1.signedParams(p, "file=vacation.jpg&size=original", null));
        assertEquals("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D"
                + "dpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D"
                + "137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal", base);
        assertEquals("MdpQcU8iPSUjWoN/UDMsK2sui9I=", OAuth1.signature(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"));
        assertTrue(verify(PHOTOS, "GET", "http", "photos.example.net", "/photos", "file=vacation.jpg&size=original",
                null, header).ok());
    }

    @Test
    void v4Rfc5849BaseStringWithDuplicatesEmptyValuesAndFormBody() {
        Map<String, String> oauth = Map.of("oauth_consumer_key", "9djdj82h48djs9d2", "oauth_token", "kkk9d7dh3k39sjv7",
                "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "137131201", "oauth_nonce", "7d8f3e4a");
        String base = OAuth1.baseString("POST", OAuth1.baseUri("http", "example.com", "/request"),
                OAuth1.signedParams(oauth, "b5=%3D%253D&a3=a&c%40=&a2=r%20b", "c2&a3=2+q"));
        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D"
                + "%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26"
                + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7", base);
    }

    @Test
    void v5OAuthCoreAppendix() {
        String header = "OAuth realm=\"http://photos.example.net/\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                + "oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1191242096\", "
                + "oauth_nonce=\"kllo9940pd9333jh\", oauth_version=\"1.0\", oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"";
        String base = OAuth1.baseString("GET", OAuth1.baseUri("http", "photos.example.net", "/photos"),
                OAuth1.signedParams(OAuth1.parseAuthorizationHeader(header), "file=vacation.jpg&size=original", null));
        assertEquals("tR3+Ty81lMeYAr/Fid0kMTYa/WM=", OAuth1.signature(base, "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"));
        assertTrue(verify(PHOTOS, "GET", "http", "photos.example.net", "/photos", "file=vacation.jpg&size=original",
                null, header).ok());
    }

    @ParameterizedTest(name = "V6 {0}://{1}{2} token={3}")
    @CsvSource({
        "https, data-api.twitter.com, /insights/engagement/totals, true, /pMYbW9O1cKhdPGpgGyscSuMVoU=",
        "https, data-api.twitter.com, /insights/engagement/28hr, true, kZEbRFRLIbtZJrxjB7Uq0t2Tsdk=",
        "https, data-api.twitter.com, /insights/engagement/historical, true, /15qDT8P3vPWvN3+zkqvtZaamSs=",
        "https, data-api.twitter.com, /insights/engagement/totals, false, 9zv9uOdXKDNqYsgMVfwfdnwXL8U=",
        "https, data-api.x.com, /insights/engagement/totals, true, oETXxUmB7d/+eFImVyDWymiE1SA=",
        "http, localhost:8080, /insights/engagement/totals, true, R0CMZWEP1tOJ5qGa1CQ2pZwXPgw="})
    void v6EngagementApiRows(String scheme, String host, String path, boolean token, String signature) {
        String base = OAuth1.baseString("POST", OAuth1.baseUri(scheme, host, path),
                OAuth1.signedParams(v1Params(token), null, null));
        assertEquals(signature, OAuth1.signature(base, CS, token ? TS : ""));
        // Through the verifier, JSON body present but excluded, Host header in upper case.
        SandboxAuthenticator.Outcome o = verify(V1_CREDS, "POST", scheme, host.toUpperCase(), path, null, null,
                header(v1Params(token), signature));
        assertTrue(o.ok(), () -> o.error().toString());
        assertEquals(token ? SandboxAuthenticator.Method.USER : SandboxAuthenticator.Method.APP_OAUTH, o.method());
    }

    @Test
    void v6FirstRowBaseStringAndConsumerOnlyKey() {
        String base = OAuth1.baseString("POST", "https://data-api.twitter.com/insights/engagement/totals",
                OAuth1.signedParams(v1Params(true), null, null));
        assertEquals("POST&https%3A%2F%2Fdata-api.twitter.com%2Finsights%2Fengagement%2Ftotals&oauth_consumer_key%3D"
                + "xvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26"
                + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-"
                + "GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0", base);
    }

    @Test
    void timestampToleranceRejectsTheVectorsWhenOn() {
        SandboxAuthenticator strict = new SandboxAuthenticator(V1_CREDS, Duration.ofSeconds(300));
        SandboxAuthenticator.Outcome o = strict.authenticate(new SandboxAuthenticator.RequestView("POST", "https",
                "data-api.twitter.com", "/insights/engagement/totals", null, null,
                header(v1Params(true), "/pMYbW9O1cKhdPGpgGyscSuMVoU=")), Instant.parse("2026-01-01T00:00:00Z"));
        assertTrue(o.error().firstMessage().startsWith(ApiMessages.AUTH_FAILED_PREFIX + "Timestamp out of bounds"));
        assertTrue(o.error().firstMessage().contains("oauth_timestamp 1318622958"));
        assertEquals(401, o.error().status());
    }

    @Test
    void percentEncodingTable() {
        assertEquals("Ladies%20%2B%20Gentlemen", OAuth1.percentEncode("Ladies + Gentlemen"));
        assertEquals("An%20encoded%20string%21", OAuth1.percentEncode("An encoded string!"));
        assertEquals("Dogs%2C%20Cats%20%26%20Mice", OAuth1.percentEncode("Dogs, Cats & Mice"));
        assertEquals("%E2%98%83", OAuth1.percentEncode("\u2603"));
        assertEquals("-._~azAZ09", OAuth1.percentEncode("-._~azAZ09"));
        assertEquals("\u2603 +", OAuth1.percentDecode("%E2%98%83%20+"));
        assertEquals("a b", OAuth1.formDecode("a+b"));
    }

    @Test
    void baseUriDropsDefaultPortsAndLowerCasesHost() {
        assertEquals("http://example.com/r", OAuth1.baseUri("HTTP", "Example.COM:80", "/r"));
        assertEquals("https://example.com/r", OAuth1.baseUri("https", "example.com:443", "/r"));
        assertEquals("https://example.com:80/r", OAuth1.baseUri("https", "example.com:80", "/r"));
        assertEquals("http://localhost:8080/insights/engagement/totals",
                OAuth1.baseUri("http", "LocalHost:8080", "/insights/engagement/totals"));
        assertEquals("http://[::1]:8080/p", OAuth1.baseUri("http", "[::1]:8080", "/p"));
    }

    @Test
    void headerParsing() {
        Map<String, String> p = OAuth1.parseAuthorizationHeader("oauth   realm=\"x\" ,oauth_consumer_key=\"a%20b\","
                + "\toauth_nonce=\"n\"");
        assertEquals(Map.of("oauth_consumer_key", "a b", "oauth_nonce", "n"), p);
        for (String bad : List.of("OAuth oauth_nonce=n", "OAuth oauth_nonce=\"n\" oauth_token=\"t\"",
                "OAuth oauth_nonce=\"n", "OAuth ", "OAuth oauth_nonce=\"a\", oauth_nonce=\"b\"",
                "OAuth oauth_nonce=\"%zz\"", "OAuth oauth_nonce=\"n\",")) {
            assertNull(OAuth1.parseAuthorizationHeader(bad), bad);
        }
    }
}
