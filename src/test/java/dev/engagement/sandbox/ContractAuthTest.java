package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.ApiMessages;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec 7: OAuth 1.0a verification over HTTP, Bearer tokens, and POST /oauth2/token. */
class ContractAuthTest {
    static final String PATH = "/insights/engagement/totals";

    private static byte[] okBody(SandboxFixture f) {
        long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
        return body(List.of(id), List.of("favorites"), grouping("g", "tweet.id")).getBytes(StandardCharsets.UTF_8);
    }

    private static RawHttp.Response withAuth(SandboxFixture f, String header, byte[] body) {
        return f.request("POST", PATH, Auth.NONE, header == null ? Map.of() : Map.of("Authorization", header), body);
    }

    private String sign(SandboxFixture f, String baseUrl, String query, String token, String secret, long ts, String nonce) {
        return TestSigner.header("POST", baseUrl, query, f.creds.consumerKey(), f.creds.consumerSecret(), token, secret,
                ts, nonce);
    }

    private String local(SandboxFixture f) {
        return "http://127.0.0.1:" + f.port() + PATH;
    }

    @Test
    void missingMalformedOrUnknownSchemeIsUnknownAuthorizationType() {
        try (SandboxFixture f = SandboxFixture.start()) {
            byte[] b = okBody(f);
            String basic = "Basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8));
            for (String h : new String[] {null, basic, "OAuth", "OAuth oauth_consumer_key=unquoted", "Token abc",
                "Bearer", "OAuthoauth_consumer_key=\"x\""}) {
                RawHttp.Response r = withAuth(f, h, b);
                assertEquals(401, r.status(), String.valueOf(h));
                assertEquals("{\"errors\":[\"" + ApiMessages.UNKNOWN_AUTHORIZATION + "\"]}", r.body());
            }
        }
    }

    @Test
    void userContextConsumerOnlyAndBearerAllWork() {
        try (SandboxFixture f = SandboxFixture.start()) {
            for (Auth a : List.of(Auth.USER, Auth.OTHER, Auth.APP_OAUTH, Auth.BEARER)) {
                long id = f.id(f.now().minus(Duration.ofDays(2)), x -> !f.data.isDeleted(x) && !f.data.isProtected(x)
                        && f.data.authorOf(x) == (a == Auth.OTHER ? SandboxData.OTHER_USER_ID : SandboxData.SANDBOX_USER_ID));
                RawHttp.Response r = f.post(a, "totals", body(List.of(id), List.of("favorites"), grouping("g", "tweet.id")));
                assertEquals(200, r.status(), a + " " + r.body());
            }
            RawHttp.Response lower = withAuth(f, "bearer " + f.creds.bearerToken(), okBody(f));
            assertEquals(200, lower.status(), "scheme is case-insensitive");
        }
    }

    @Test
    void unknownTokensAndBadSignatures() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long ts = f.now().getEpochSecond();
            byte[] b = okBody(f);
            RawHttp.Response unknownToken = withAuth(f, sign(f, local(f), null, "123-nope", "x", ts, "n1"), b);
            assertEquals(401, unknownToken.status());
            assertEquals(List.of(ApiMessages.ACCESS_TOKEN_NOT_FOUND), errors(unknownToken));
            RawHttp.Response wrongSecret = withAuth(f, sign(f, local(f), null, f.creds.accessToken(), "wrong", ts, "n2"), b);
            assertEquals(List.of(ApiMessages.AUTH_FAILED_PREFIX + "Invalid signature"), errors(wrongSecret));
            RawHttp.Response wrongPath = withAuth(f, sign(f, "http://127.0.0.1:" + f.port() + "/insights/engagement/28hr",
                    null, f.creds.accessToken(), f.creds.accessTokenSecret(), ts, "n3"), b);
            assertEquals(401, wrongPath.status());
            RawHttp.Response badBearer = withAuth(f, "Bearer AAAA-not-it", b);
            assertEquals(List.of(ApiMessages.AUTH_FAILED_PREFIX + "Invalid or expired token"), errors(badBearer));
            RawHttp.Response unknownConsumer = withAuth(f, TestSigner.header("POST", local(f), null, "other-app", "s",
                    null, null, ts, "n4"), b);
            assertEquals(401, unknownConsumer.status());
            assertTrue(errors(unknownConsumer).get(0).startsWith(ApiMessages.AUTH_FAILED_PREFIX));
            String good = sign(f, local(f), null, f.creds.accessToken(), f.creds.accessTokenSecret(), ts, "n5");
            assertEquals(401, withAuth(f, good.replace("HMAC-SHA1", "PLAINTEXT"), b).status());
            assertEquals(401, withAuth(f, good.replace("oauth_version=\"1.0\"", "oauth_version=\"2.0\""), b).status());
            // The decoded signature is compared; an extra realm and odd spacing do not matter.
            assertEquals(200, withAuth(f, good.replace("OAuth ", "OAuth realm=\"x\",  "), b).status());
        }
    }

    @Test
    void timestampOutsideToleranceMentionsTheTimestamp() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long ts = f.now().getEpochSecond();
            byte[] b = okBody(f);
            RawHttp.Response behind = withAuth(f, sign(f, local(f), null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), ts - 301, "t1"), b);
            assertEquals(401, behind.status());
            String msg = errors(behind).get(0);
            assertTrue(msg.startsWith(ApiMessages.AUTH_FAILED_PREFIX + "Timestamp out of bounds"), msg);
            assertTrue(msg.contains("301 s behind"), msg);
            assertEquals(200, withAuth(f, sign(f, local(f), null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), ts - 300, "t2"), b).status());
            assertEquals(401, withAuth(f, sign(f, local(f), null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), ts + 301, "t3"), b).status());
            assertEquals(401, withAuth(f, sign(f, local(f), null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), ts, "t4").replace("oauth_timestamp=\"" + ts, "oauth_timestamp=\"x" + ts), b)
                    .status());
        }
        try (SandboxFixture f = SandboxFixture.start(b -> b.timestampTolerance(Duration.ZERO))) {
            byte[] b = okBody(f);
            assertEquals(200, withAuth(f, sign(f, local(f), null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), 1318622958L, "old"), b).status(), "check disabled");
        }
    }

    @Test
    void replayedNonceIsRefusedAndForgottenAfterTheWindow() {
        try (SandboxFixture f = SandboxFixture.start()) {
            byte[] b = okBody(f);
            String h = sign(f, local(f), null, f.creds.accessToken(), f.creds.accessTokenSecret(),
                    f.now().getEpochSecond(), "same-nonce");
            assertEquals(200, withAuth(f, h, b).status());
            RawHttp.Response replay = withAuth(f, h, b);
            assertEquals(401, replay.status());
            assertEquals(List.of(ApiMessages.AUTH_FAILED_PREFIX + "Nonce already used"), errors(replay));
            // Same nonce, another timestamp: a different request.
            assertEquals(200, withAuth(f, sign(f, local(f), null, f.creds.accessToken(), f.creds.accessTokenSecret(),
                    f.now().getEpochSecond() + 1, "same-nonce"), b).status());
            // A bad signature does not burn a nonce.
            String bad = sign(f, local(f), null, f.creds.accessToken(), "wrong", f.now().getEpochSecond(), "fresh");
            assertEquals(401, withAuth(f, bad, b).status());
            assertEquals(200, withAuth(f, sign(f, local(f), null, f.creds.accessToken(), f.creds.accessTokenSecret(),
                    f.now().getEpochSecond(), "fresh"), b).status());
            // After the tolerance window the stored nonces are dropped (bounded memory).
            assertEquals(3, f.sandbox.storedNonces());
            f.clock.advance(Duration.ofSeconds(700));
            assertEquals(200, f.post("totals", new String(b, StandardCharsets.UTF_8)).status());
            assertEquals(1, f.sandbox.storedNonces());
        }
    }

    @Test
    void hostHeaderIsLowerCasedQueryIsSignedJsonBodyIsNot() {
        try (SandboxFixture f = SandboxFixture.start()) {
            byte[] b = okBody(f);
            long ts = f.now().getEpochSecond();
            String h = sign(f, "http://localhost:" + f.port() + PATH, null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), ts, "h1");
            RawHttp.Response r = f.request("POST", PATH, Auth.NONE,
                    Map.of("Authorization", h, "Host", "LocalHost:" + f.port()), b);
            assertEquals(200, r.status(), r.body());
            // Signed for another host: refused.
            String other = sign(f, "http://data-api.twitter.com" + PATH, null, f.creds.accessToken(),
                    f.creds.accessTokenSecret(), ts, "h2");
            assertEquals(401, withAuth(f, other, b).status());
            // Query parameters are part of the signature.
            String withQuery = sign(f, local(f), "debug=1&x=a%20b", f.creds.accessToken(), f.creds.accessTokenSecret(), ts, "h3");
            assertEquals(200, f.request("POST", PATH + "?debug=1&x=a%20b", Auth.NONE, Map.of("Authorization", withQuery), b)
                    .status());
            String withoutQuery = sign(f, local(f), null, f.creds.accessToken(), f.creds.accessTokenSecret(), ts, "h4");
            assertEquals(401, f.request("POST", PATH + "?debug=1", Auth.NONE, Map.of("Authorization", withoutQuery), b)
                    .status());
            // A different JSON body with the same signature parameters still verifies.
            String h5 = sign(f, local(f), null, f.creds.accessToken(), f.creds.accessTokenSecret(), ts, "h5");
            assertEquals(400, withAuth(f, h5, "{}".getBytes(StandardCharsets.UTF_8)).status());
        }
    }

    @Test
    void tokenEndpointIssuesTheBearerToken() {
        try (SandboxFixture f = SandboxFixture.start()) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (f.creds.consumerKey() + ":" + f.creds.consumerSecret()).getBytes(StandardCharsets.UTF_8));
            Map<String, String> h = Map.of("Authorization", basic, "Content-Type",
                    "application/x-www-form-urlencoded;charset=UTF-8", "Accept-Encoding", "");
            RawHttp.Response r = f.request("POST", Sandbox.TOKEN_PATH, Auth.NONE, h,
                    "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.status(), r.body());
            assertEquals("bearer", json(r).get("token_type").getAsString());
            String token = json(r).get("access_token").getAsString();
            assertEquals(f.creds.bearerToken(), token);
            assertEquals(200, withAuth(f, "Bearer " + token, okBody(f)).status());

            String wrong = "Basic " + Base64.getEncoder().encodeToString(
                    (f.creds.consumerKey() + ":nope").getBytes(StandardCharsets.UTF_8));
            RawHttp.Response bad = f.request("POST", Sandbox.TOKEN_PATH, Auth.NONE, Map.of("Authorization", wrong),
                    "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8));
            assertEquals(403, bad.status());
            assertEquals("{\"errors\":[{\"code\":99,\"label\":\"authenticity_token_error\","
                    + "\"message\":\"Unable to verify your credentials\"}]}", bad.body());
            assertEquals(403, f.request("POST", Sandbox.TOKEN_PATH, Auth.NONE, Map.of(),
                    "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8)).status());
            RawHttp.Response noGrant = f.request("POST", Sandbox.TOKEN_PATH, Auth.NONE, Map.of("Authorization", basic),
                    new byte[0]);
            assertEquals(403, noGrant.status());
            assertTrue(noGrant.body().contains("grant_type"));
            assertEquals(405, f.request("GET", Sandbox.TOKEN_PATH, Auth.NONE, Map.of(), null).status());
        }
    }
}
