package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.api.ApiMessages;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec 1: endpoints, paths, methods, headers, gzip both ways, response encoding. */
class ContractTransportTest {

    static String simpleBody(SandboxFixture f) {
        long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
        return body(List.of(id), List.of("favorites"), grouping("g", "tweet.id", "engagement.type"));
    }

    @Test
    void threeEndpointsAnswerPostWithJsonAndGzip() {
        try (SandboxFixture f = SandboxFixture.start()) {
            for (String e : List.of("totals", "28hr", "historical")) {
                RawHttp.Response r = f.post(e, simpleBody(f));
                assertEquals(200, r.status(), r.body());
                assertEquals("application/json; charset=utf-8", r.header("content-type"));
                assertTrue(r.gzipped(), "gzip when accepted");
                assertNotNull(r.header("date"), "Date header");
                assertTrue(json(r).has("g"));
            }
            assertTrue(f.sandbox.baseUrl().toString().endsWith("/insights/engagement"));
            assertEquals("http://127.0.0.1:" + f.port(), f.sandbox.authUrl().toString());
        }
    }

    @Test
    void unknownPathsAre404WithJsonErrors() {
        try (SandboxFixture f = SandboxFixture.start()) {
            for (String path : List.of("/insights/engagement/28hour", "/insights/engagement/totals/",
                    "/insights/engagement/TOTALS", "/1.1/insights/engagement/totals", "/", "/insights/engagement")) {
                RawHttp.Response r = f.request("POST", path, Auth.USER, Map.of(),
                        simpleBody(f).getBytes(StandardCharsets.UTF_8));
                assertEquals(404, r.status(), path);
                assertEquals("application/json; charset=utf-8", r.header("content-type"));
                assertEquals(List.of("Sorry, that page does not exist"), errors(r));
            }
        }
    }

    @Test
    void getOnAnEndpointIs405WithJsonErrors() {
        try (SandboxFixture f = SandboxFixture.start()) {
            RawHttp.Response r = f.request("GET", "/insights/engagement/totals", Auth.USER, Map.of(), null);
            assertEquals(405, r.status());
            assertEquals("POST", r.header("allow"));
            assertEquals("application/json; charset=utf-8", r.header("content-type"));
            assertTrue(errors(r).get(0).startsWith("Method GET is not allowed"));
        }
    }

    @Test
    void withoutGzipIn406WithTheDocumentedMessage() {
        try (SandboxFixture f = SandboxFixture.start()) {
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Accept-Encoding", ""), simpleBody(f).getBytes(StandardCharsets.UTF_8));
            assertEquals(406, r.status());
            assertFalse(r.gzipped());
            assertEquals("{\"errors\":[\"" + ApiMessages.GZIP_REQUIRED + "\"]}", r.body());
            RawHttp.Response deflate = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Accept-Encoding", "deflate, br"), simpleBody(f).getBytes(StandardCharsets.UTF_8));
            assertEquals(406, deflate.status());
        }
    }

    @Test
    void anyAcceptEncodingContainingGzipIsEnoughAndErrorsAreGzippedToo() {
        try (SandboxFixture f = SandboxFixture.start()) {
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Accept-Encoding", "gzip, deflate"), simpleBody(f).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.status());
            RawHttp.Response err = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Accept-Encoding", "x, GZIP"), "{not json".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, err.status());
            assertTrue(err.gzipped());
            assertEquals("application/json; charset=utf-8", err.header("content-type"));
        }
    }

    @Test
    void gzipRequestBodiesAreAccepted() throws Exception {
        try (SandboxFixture f = SandboxFixture.start()) {
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Content-Encoding", "gzip"), RawHttp.gzip(simpleBody(f)));
            assertEquals(200, r.status(), r.body());
            RawHttp.Response bad = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Content-Encoding", "gzip"), simpleBody(f).getBytes(StandardCharsets.UTF_8));
            assertEquals(400, bad.status());
            RawHttp.Response br = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Content-Encoding", "br"), simpleBody(f).getBytes(StandardCharsets.UTF_8));
            assertEquals(400, br.status());
        }
    }

    @Test
    void contentTypeWithCharsetIsFine() {
        try (SandboxFixture f = SandboxFixture.start()) {
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Content-Type", "application/json; charset=UTF-8"),
                    simpleBody(f).getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.status());
        }
    }

    @Test
    void aFullTotalsRequestIsHandledInAFewMilliseconds() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; ids.size() < 250; i++) {
                ids.addAll(f.ids(f.now().minus(Duration.ofDays(1 + 13L * i)), 10, f::owned));
            }
            String b = body(ids.subList(0, 250), List.of("impressions", "engagements", "favorites", "retweets",
                    "quote_tweets", "replies", "video_views"), grouping("g", "tweet.id", "engagement.type"));
            long best = Long.MAX_VALUE;
            for (int round = 0; round < 8; round++) {
                long before = f.sandbox.handlingNanos();
                assertEquals(200, f.post("totals", b).status());
                best = Math.min(best, f.sandbox.handlingNanos() - before);
            }
            System.out.println("250-ID totals best handling ms: " + best / 1e6);
            assertTrue(best < 50_000_000L, "best " + best / 1e6 + " ms");
        }
    }

    @Test
    void countsHandlingTime() {
        try (SandboxFixture f = SandboxFixture.start()) {
            f.post("totals", simpleBody(f));
            f.post("totals", simpleBody(f));
            assertEquals(2, f.sandbox.requestsHandled());
            assertTrue(f.sandbox.handlingNanos() > 0);
        }
    }
}
