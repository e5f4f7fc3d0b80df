package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.sandbox.SandboxConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults on purpose: retries, rate limits, failed batches, interruption and resume, over real HTTP. */
class ReliabilityEndToEndTest {

    /** The output of the same command against a sandbox without faults, at the same instant. */
    static String fetchClean(SandboxFixture faulty, List<Long> ids, String... args) {
        try (SandboxFixture clean = new SandboxFixture(SandboxConfig.builder().seed(faulty.data().seed()), faulty.now)) {
            Cli.Result r = clean.cli().stdin(SandboxFixture.lines(ids)).run(args);
            assertEquals(0, r.exitCode(), r.toString());
            return r.out();
        }
    }

    static Set<String> ids(JsonArray a) {
        Set<String> s = new HashSet<>();
        a.forEach(e -> s.add(e.getAsString()));
        return s;
    }

    @Test
    void anHttpsApiIsSpokenToOverTlsAndAFailedHandshakeEndsTheRunInOneSentence() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> firstBytes = CompletableFuture.supplyAsync(() -> {
                try (Socket s = server.accept()) {
                    return s.getInputStream().readNBytes(3);
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            Cli.Result r = new Cli()
                    .env("ENGAGEMENT_API_URL", "https://127.0.0.1:" + server.getLocalPort() + "/insights/engagement")
                    .env("ENGAGEMENT_BEARER_TOKEN", "AAAA-fake-bearer").stdin("1995402775890749947\n").run("totals");
            byte[] hello = firstBytes.get(30, TimeUnit.SECONDS);
            assertEquals(3, hello.length, r.toString());
            assertEquals(0x16, hello[0], "a TLS handshake record (ClientHello)");
            assertEquals(0x03, hello[1], "of TLS 1.x");
            assertTrue(r.err().contains("the TLS handshake with the API failed"), r.err());
            assertTrue(!r.err().contains("AAAA-fake-bearer") && !r.err().contains("\tat "), r.err());
            assertTrue(r.out().contains("\"failed_tweet_ids\":[\"1995402775890749947\"]"), "a partial result: " + r.out());
            assertEquals(1, r.exitCode(), r.toString());
        }
    }

    @Test
    void randomFaultsAndA429BurstLoseNothingAndNoBatchIsAcceptedTwice(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("requests.ndjson");
        String[] args = {"28hr", "-f", "json", "-m", "impressions,favorites"};
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().seed(7).failRate(0.10).resetRate(0.02)
                .garbageRate(0.02).script("429@5,429@6,429@7").logRequests(log))) {
            List<Long> ids = fx.ownedIds(5000, Duration.ofDays(1));
            Cli cli = fx.cli().stdin(SandboxFixture.lines(ids));
            Cli.Result r = cli.run(args);
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(fetchClean(fx, ids, args), r.out(), "identical to a fault-free run");
            assertTrue(r.err().contains("rate limit"), r.err());

            Set<String> accepted = new HashSet<>();
            int faults = 0;
            for (String line : Files.readAllLines(log)) {
                JsonObject e = JsonParser.parseString(line).getAsJsonObject();
                if (!e.get("fault").isJsonNull()) {
                    faults++;
                    continue;
                }
                if (e.get("status").getAsInt() == 200) {
                    for (String id : ids(e.getAsJsonArray("tweet_ids"))) {
                        assertTrue(accepted.add(id), "Tweet " + id + " accepted twice");
                    }
                }
            }
            assertEquals(5000, accepted.size());
            assertTrue(faults >= 20, "faults injected: " + faults);
        }
    }

    @Test
    void a429WaitsForTheResetWithoutCountingAsARetry() {
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().script("429@2"))) {
            List<Long> ids = fx.ownedIds(50, Duration.ofDays(1));
            Cli cli = fx.cli().stdin(SandboxFixture.lines(ids));
            Cli.Result r = cli.run("28hr", "-f", "json", "-m", "impressions", "--max-retries", "0");
            assertEquals(0, r.exitCode(), r.toString());
            long waited = cli.sleeps.stream().mapToLong(Duration::toMillis).sum();
            assertTrue(waited >= 1900 && waited <= 3100, "waited " + waited + " ms");
            assertTrue(r.err().contains("Waiting 2 s until"), r.err());
            assertTrue(r.err().contains(" 0 retries"), r.err());
            assertEquals(50, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("by_tweet").size());
        }
    }

    @Test
    void aRequestThatTimesOutIsRetried() {
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().script("slow@1")
                .slowDelay(Duration.ofSeconds(3)))) {
            List<Long> ids = fx.ownedIds(10, Duration.ofDays(1));
            Cli.Result r = fx.cli().stdin(SandboxFixture.lines(ids)).run("28hr", "-f", "json", "-m", "impressions",
                    "--timeout", "300ms");
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(r.err().contains("timed out"), r.err());
            assertEquals(10, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonObject("by_tweet").size());
        }
    }

    @Test
    void requestsPerMinutePacesWithoutA429() {
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().requestsPerMinute(5))) {
            List<Long> ids = fx.ownedIds(100, Duration.ofDays(1));
            Cli cli = fx.cli().stdin(SandboxFixture.lines(ids));
            Cli.Result r = cli.run("28hr", "-f", "json", "-m", "impressions", "--requests-per-minute", "4");
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(!r.err().contains("429"), r.err());
            assertEquals(4, fx.sandbox.requestsHandled());
        }
    }

    @Test
    void unownedIdsInSeveralBatchesAreStrippedInBothWordings() {
        for (boolean legacy : new boolean[] {false, true}) {
            try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().legacyForbiddenWording(legacy))) {
                List<Long> all = new ArrayList<>();
                List<Long> owned = fx.ownedIds(60, Duration.ofDays(2));
                List<Long> unowned = fx.unownedIds(6, Duration.ofDays(2));
                for (int i = 0; i < 60; i++) {
                    all.add(owned.get(i));
                    if (i % 10 == 0) {
                        all.add(unowned.get(i / 10));
                    }
                }
                Cli.Result r = fx.cli().stdin(SandboxFixture.lines(all)).run("28hr", "-f", "json", "-m", "impressions");
                assertEquals(0, r.exitCode(), r.toString());
                JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
                assertEquals(60, doc.getAsJsonObject("by_tweet").size());
                Set<String> expected = new HashSet<>();
                unowned.forEach(id -> expected.add(Long.toString(id)));
                assertEquals(expected, ids(doc.getAsJsonArray("forbidden_tweet_ids")), "legacy=" + legacy);
            }
        }
    }

    @Test
    void aBatchThatKeepsFailingIsReportedAndTheRestIsKept() {
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().script("503@1,502@2,500@3"))) {
            List<Long> ids = fx.ownedIds(75, Duration.ofDays(1));
            Cli.Result r = fx.cli().stdin(SandboxFixture.lines(ids)).run("28hr", "-f", "json", "-m", "impressions",
                    "--max-retries", "2");
            assertEquals(1, r.exitCode(), r.toString());
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(25, doc.getAsJsonArray("failed_tweet_ids").size());
            assertEquals(Long.toString(ids.get(0)), doc.getAsJsonArray("failed_tweet_ids").get(0).getAsString());
            assertEquals(50, doc.getAsJsonObject("by_tweet").size());
            assertTrue(r.err().contains("25 Tweet IDs could not be fetched"), r.err());
        }
    }

    @Test
    void ctrlCWritesAPartialResultAndTheCheckpointResumesToTheSameOutput(@TempDir Path dir) throws Exception {
        String[] args = {"28hr", "-f", "json", "-m", "impressions", "--checkpoint", dir.resolve("cp").toString()};
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().script("503@4"))) {
            List<Long> ids = fx.ownedIds(150, Duration.ofDays(1));
            Cli cli = fx.cli().stdin(SandboxFixture.lines(ids));
            cli.sleeper(d -> cli.stop.request());
            Cli.Result stopped = cli.run(args);
            assertEquals(130, stopped.exitCode(), stopped.toString());
            JsonObject partial = JsonParser.parseString(stopped.out()).getAsJsonObject();
            assertTrue(partial.get("partial").getAsBoolean());
            assertEquals(75, partial.getAsJsonArray("failed_tweet_ids").size());
            assertEquals(75, partial.getAsJsonObject("by_tweet").size());

            long before = fx.sandbox.requestsHandled();
            Cli.Result resumed = fx.cli().stdin(SandboxFixture.lines(ids)).run(args);
            assertEquals(0, resumed.exitCode(), resumed.toString());
            assertEquals(3, fx.sandbox.requestsHandled() - before);
            assertEquals(fetchClean(fx, ids, "28hr", "-f", "json", "-m", "impressions"), resumed.out());
        }
    }

    @Test
    void aCheckpointOfAnotherCommandIsRefusedUnlessForced(@TempDir Path dir) throws Exception {
        Path cp = dir.resolve("cp");
        try (SandboxFixture fx = new SandboxFixture()) {
            String ids = SandboxFixture.lines(fx.ownedIds(5, Duration.ofDays(1)));
            assertEquals(0, fx.cli().stdin(ids).run("28hr", "-m", "impressions", "--checkpoint", cp.toString()).exitCode());
            Cli.Result other = fx.cli().stdin(ids).run("28hr", "-m", "favorites", "--checkpoint", cp.toString());
            assertEquals(2, other.exitCode());
            assertTrue(other.err().contains("belongs to another command") && other.err().contains("--fresh"), other.err());
            assertEquals(0, fx.cli().stdin(ids).run("28hr", "-m", "favorites", "--checkpoint", cp.toString(), "--force")
                    .exitCode());
        }
    }

}
