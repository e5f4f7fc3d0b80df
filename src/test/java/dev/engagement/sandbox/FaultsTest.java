package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faults on purpose: the script at exact request numbers, seeded rates, latency through the pause. */
class FaultsTest {

    private static String okBody(SandboxFixture f) {
        long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
        return body(List.of(id), List.of("favorites"), grouping("g", "tweet.id"));
    }

    @Test
    void eachScriptedFaultHappensExactlyAtItsRequestNumber() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.script("503@2,reset@3,500@4,429@5,502@6,garbage@7,slow@9")
                .slowDelay(Duration.ofMinutes(10)))) {
            String ok = okBody(f);
            List<String> seen = new ArrayList<>();
            for (int n = 1; n <= 10; n++) {
                try {
                    RawHttp.Response r = f.post("totals", ok);
                    String kind = Integer.toString(r.status());
                    if (r.status() == 200) {
                        try {
                            JsonParser.parseString(r.body()).getAsJsonObject();
                        } catch (RuntimeException e) {
                            kind = "garbage";
                            assertTrue(r.gzipped(), "garbage is gzip-encoded when asked");
                        }
                    }
                    if (r.status() == 500) {
                        assertEquals(List.of("internal server error"), errors(r));
                    }
                    if (r.status() == 502 || r.status() == 503) {
                        assertEquals(1, errors(r).size());
                        assertEquals("application/json; charset=utf-8", r.header("content-type"));
                    }
                    if (r.status() == 429) {
                        assertEquals(List.of("Exceeded rate limit"), errors(r));
                        assertEquals(Long.toString(f.now().getEpochSecond() + 2), r.header("x-per-minute-reset"));
                        assertEquals("0", r.header("x-per-minute-remaining"));
                    }
                    seen.add(kind);
                } catch (UncheckedIOException e) {
                    assertTrue(e.getCause() instanceof RawHttp.NoResponseException, e.toString());
                    seen.add("reset");
                }
            }
            assertEquals(List.of("200", "503", "reset", "500", "429", "502", "garbage", "200", "200", "200"), seen);
            assertEquals(List.of(Duration.ofMinutes(10)), f.sleeps, "slow@9 waited slowDelay through the sleeper");
            assertEquals(10, f.sandbox.requestsHandled());
        }
    }

    @Test
    void faultsComeBeforeAuthAndValidationAndDoNotConsumeBudget() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.script("503@1").requestsPerMinute(1))) {
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.NONE, Map.of(),
                    "junk".getBytes(StandardCharsets.UTF_8));
            assertEquals(503, r.status());
            assertEquals("1", r.header("x-per-minute-remaining"));
            assertEquals(200, f.post("totals", okBody(f)).status());
        }
    }

    @Test
    void badScriptsAreRefused() {
        for (String bad : List.of("503", "404@2", "reset@0", "slow@x", "503@2,500@2")) {
            assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().script(bad).build(), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().failRate(1.5).build());
    }

    private static List<Integer> statuses(long seed, int n) {
        try (SandboxFixture f = SandboxFixture.start(b -> b.seed(seed).failRate(0.3).garbageRate(0.1).resetRate(0.1))) {
            String ok = okBody(f);
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                try {
                    RawHttp.Response r = f.post("totals", ok);
                    out.add(r.body().startsWith("{") ? r.status() : -200);
                } catch (UncheckedIOException e) {
                    out.add(0);
                }
            }
            return out;
        }
    }

    @Test
    void randomFaultsReplayFromTheSeed() {
        List<Integer> a = statuses(7, 100);
        assertEquals(a, statuses(7, 100));
        assertNotEquals(a, statuses(8, 100));
        // What happened is exactly what the seeded plan says for each request number.
        FaultPlan plan = new FaultPlan(SandboxConfig.builder().seed(7).failRate(0.3).garbageRate(0.1).resetRate(0.1).build());
        for (int n = 1; n <= 100; n++) {
            FaultKind k = plan.faultFor(n);
            int expected = k == null ? 200 : k == FaultKind.RESET ? 0 : k == FaultKind.GARBAGE ? -200
                    : Integer.parseInt(k.token());
            assertEquals(expected, a.get(n - 1), "request " + n);
        }
        for (int kind : new int[] {0, -200, 200, 500, 502, 503}) {
            assertTrue(a.contains(kind), kind + " in " + a);
        }
    }

    @Test
    void aSlowRequestDoesNotBlockOthers() throws Exception {
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Pause blocking = d -> {
            entered.countDown();
            release.await();
        };
        try (SandboxFixture f = SandboxFixture.start(b -> b.script("slow@1").pause(blocking))) {
            String ok = okBody(f);
            var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var slow = pool.submit(() -> f.post("totals", ok));
                assertTrue(entered.await(10, java.util.concurrent.TimeUnit.SECONDS));
                assertEquals(200, f.post("totals", ok).status(), "answered while request 1 sleeps");
                release.countDown();
                assertEquals(200, slow.get(10, java.util.concurrent.TimeUnit.SECONDS).status());
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }
    }

    @Test
    void latencyAndJitterGoThroughThePause() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.latency(Duration.ofMillis(50))
                .latencyJitter(Duration.ofMillis(20)))) {
            String ok = okBody(f);
            for (int i = 0; i < 5; i++) {
                assertEquals(200, f.post("totals", ok).status());
            }
            assertEquals(5, f.sleeps.size());
            for (Duration d : f.sleeps) {
                assertTrue(d.toMillis() >= 50 && d.toMillis() <= 70, d.toString());
            }
            assertTrue(f.sleeps.stream().distinct().count() > 1, "jitter varies");
        }
    }

    @Test
    void aResetFaultResetsTheConnection() throws Exception {
        assertTrue(ConnectionReset.available(), "the test JVM opens jdk.httpserver (surefire argLine)");
        try (SandboxFixture f = SandboxFixture.start(b -> b.script("reset@1"));
                java.net.Socket s = new java.net.Socket("127.0.0.1", f.port())) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(("POST /insights/engagement/totals HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            java.net.SocketException e = assertThrows(java.net.SocketException.class,
                    () -> s.getInputStream().readAllBytes(), "an RST, not a clean end of stream");
            assertTrue(e.getMessage().contains("reset"), e.getMessage());
        }
    }

    @Test
    void aPersistentFaultHitsEveryRequestFromItsNumberOn() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.script("401+@3,503@5"))) {
            String ok = okBody(f);
            List<Integer> statuses = new ArrayList<>();
            for (int n = 1; n <= 7; n++) {
                RawHttp.Response r = f.post("totals", ok);
                statuses.add(r.status());
                if (r.status() == 401) {
                    assertEquals(List.of("Your account could not be authenticated. Reason: Access token not found"),
                            errors(r));
                }
            }
            assertEquals(List.of(200, 200, 401, 401, 503, 401, 401), statuses, "a one-off entry wins over 401+@3");
        }
    }

    @Test
    void garbageReplacesOnlyA200() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.garbageRate(1))) {
            RawHttp.Response unauthenticated = f.post(Auth.NONE, "totals", okBody(f));
            assertEquals(401, unauthenticated.status());
            assertEquals(1, errors(unauthenticated).size(), "a 401 keeps its JSON body");
            RawHttp.Response badBody = f.post("totals", "{}");
            assertEquals(400, badBody.status());
            assertEquals(1, errors(badBody).size());
            assertEquals(404, f.request("POST", "/nope", Auth.USER, Map.of(), new byte[0]).status());
            RawHttp.Response ok = f.post("totals", okBody(f));
            assertEquals(200, ok.status());
            assertTrue(ok.body().startsWith("<html>"), ok.body());
        }
    }

    @Test
    void combinedRatesEachMeanTheirShare() {
        FaultPlan plan = new FaultPlan(SandboxConfig.builder().seed(3).failRate(0.5).resetRate(0.5).build());
        int resets = 0;
        int failures = 0;
        int n = 20_000;
        for (int i = 1; i <= n; i++) {
            FaultKind k = plan.faultFor(i);
            if (k == FaultKind.RESET) {
                resets++;
            } else if (k == FaultKind.HTTP_500 || k == FaultKind.HTTP_502 || k == FaultKind.HTTP_503) {
                failures++;
            }
        }
        assertEquals(n, resets + failures, "0.5 + 0.5: every request has exactly one fault");
        assertEquals(0.5, resets / (double) n, 0.02);
        FaultPlan some = new FaultPlan(SandboxConfig.builder().seed(3).failRate(0.1).garbageRate(0.2).slowRate(0.3).build());
        Map<FaultKind, Integer> counts = new java.util.EnumMap<>(FaultKind.class);
        for (int i = 1; i <= n; i++) {
            FaultKind k = some.faultFor(i);
            if (k != null) {
                counts.merge(k == FaultKind.HTTP_502 || k == FaultKind.HTTP_503 ? FaultKind.HTTP_500 : k, 1, Integer::sum);
            }
        }
        assertEquals(0.1, counts.get(FaultKind.HTTP_500) / (double) n, 0.01);
        assertEquals(0.2, counts.get(FaultKind.GARBAGE) / (double) n, 0.01);
        assertEquals(0.3, counts.get(FaultKind.SLOW) / (double) n, 0.01);
    }
}
