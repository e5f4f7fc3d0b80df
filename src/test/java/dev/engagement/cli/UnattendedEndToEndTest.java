package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.testing.MutableClock;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a cron job and a CI pull meet: wrong answers, dead or slow servers, full disks, long waits, bad options. */
class UnattendedEndToEndTest {
    static final List<String> IDS = ids(600);
    static final String LINES = String.join("\n", IDS) + "\n";

    static List<String> ids(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Long.toString(1_900_000_000_000_000_000L + 7919L * i));
        }
        return ids;
    }

    static FakeApi api(BiFunction<Integer, List<String>, FakeApi.Reply> answers) throws Exception {
        return new FakeApi(answers);
    }

    /** Every input ID is somewhere in the result: counted in by_tweet or in one of the ID lists. */
    static void nothingVanished(JsonObject doc) {
        Set<String> seen = new HashSet<>(doc.getAsJsonObject("by_tweet").keySet());
        for (String list : List.of("unavailable_tweet_ids", "forbidden_tweet_ids", "failed_tweet_ids")) {
            for (JsonElement e : doc.getAsJsonArray(list)) {
                seen.add(e.getAsString());
            }
        }
        assertEquals(new HashSet<>(IDS), seen, "every input ID is counted or listed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a Tweet missing|lacks Tweet",
        "a Tweet nobody asked for|which the request did not ask for",
        "a level too deep|has a level below engagement.type",
        "an empty object|has no grouping 'by_tweet'",
        "a negative lifetime total|has a negative lifetime total",
        "a count beyond 64 bits|is not valid JSON",
        "a count that is no integer|is not valid JSON"})
    void aWrongAnswerIsRetriedThenItsBatchFailsAndNoIdVanishes(String wrong, String reason) throws Exception {
        try (FakeApi fake = api((n, ids) -> FakeApi.Reply.json(200, n <= 2 ? wrongAnswer(wrong, ids)
                : FakeApi.totals(ids, "5")))) {
            Cli.Result r = fake.cli().stdin(LINES).run("totals", "-f", "json", "--max-retries", "1");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains(reason), wrong + ": " + r.err());
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(250, doc.getAsJsonArray("failed_tweet_ids").size(), "the first batch, after one retry");
            assertEquals(350, doc.getAsJsonObject("by_tweet").size());
            nothingVanished(doc);
        }
    }

    static String wrongAnswer(String wrong, List<String> ids) {
        String good = FakeApi.totals(ids, "5");
        switch (wrong) {
            case "a Tweet missing":
                return FakeApi.totals(ids.subList(1, ids.size()), "5");
            case "a Tweet nobody asked for":
                List<String> more = new ArrayList<>(ids);
                more.add("1234");
                return FakeApi.totals(more, "5");
            case "a level too deep":
                return good.replaceFirst("\"favorites\":\"5\"", "\"favorites\":{\"2026-11-01\":\"5\"}");
            case "an empty object":
                return "{}";
            case "a negative lifetime total":
                return good.replaceFirst("\"5\"", "\"-3\"");
            case "a count beyond 64 bits":
                return good.replaceFirst("\"5\"", "\"99999999999999999999\"");
            default:
                return good.replaceFirst("\"5\"", "\"1.5\"");
        }
    }

    @Test
    void aBodyInACodingNotAskedForFailsItsBatchAndAnIdentityBodyIsRead() throws Exception {
        try (FakeApi fake = api((n, ids) -> new FakeApi.Reply(200, Map.of("Content-Type", "application/json",
                "Content-Encoding", n <= 2 ? "br" : "identity"), FakeApi.totals(ids, "5"), false, false))) {
            Cli.Result r = fake.cli().stdin(LINES).run("totals", "-f", "json", "--max-retries", "1");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("the API answered in Content-Encoding br, which was not asked for"), r.err());
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(250, doc.getAsJsonArray("failed_tweet_ids").size(), "the first batch, after one retry");
            assertEquals(350, doc.getAsJsonObject("by_tweet").size());
            nothingVanished(doc);
        }
    }

    @Test
    void sumsThatOverflowStopTheRunInsteadOfWrappingAround() throws Exception {
        String max = Long.toString(Long.MAX_VALUE);
        try (FakeApi fake = api((n, ids) -> FakeApi.Reply.json(200, "{\"t\":{\"favorites\":\"" + max + "\"}}"))) {
            Cli.Result r = fake.cli().stdin(LINES).run("totals", "-f", "json", "-m", "favorites", "-g",
                    "t=engagement.type");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("overflowed") && !r.out().contains("-2"), r.toString());
        }
    }

    @Test
    void aServerThatTricklesItsAnswerIsCutOffAtTheTimeout() throws Exception {
        try (FakeApi fake = api((n, ids) -> new FakeApi.Reply(200, Map.of(), FakeApi.totals(ids, "5"), true, false))) {
            long t0 = System.nanoTime();
            Cli.Result r = fake.cli().stdin(IDS.get(0) + "\n").run("totals", "-f", "json", "--timeout", "400ms",
                    "--max-retries", "0");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("timed out: no complete answer within 400 ms"), r.err());
            assertTrue(ms < 5000, "took " + ms + " ms");
        }
    }

    @Test
    void anUnreachableApiStopsTheRunAtOnce() {
        Cli cli = new Cli().env("ENGAGEMENT_API_URL", "http://127.0.0.1:1/insights/engagement")
                .env("ENGAGEMENT_BEARER_TOKEN", "AAAA-fake-bearer").stdin(LINES);
        Cli.Result r = cli.run("totals", "-f", "json");
        assertEquals(1, r.exitCode(), r.toString());
        assertTrue(r.err().contains("could not connect to the API") && r.err().contains("before the API ever answered"),
                r.err());
        assertEquals(List.of(), cli.sleeps, "no retry, no backoff");
        assertEquals(600, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("failed_tweet_ids").size());
    }

    @Test
    void batchesFailingTheSameWayFiveTimesInARowStopTheRun() throws Exception {
        List<String> many = ids(2500);
        try (FakeApi fake = api((n, ids) -> FakeApi.Reply.json(n == 1 ? 200 : 503,
                n == 1 ? FakeApi.totals(ids, "5") : "{\"errors\":[\"Service Unavailable\"]}"))) {
            Cli.Result r = fake.cli().stdin(String.join("\n", many)).run("totals", "-f", "json", "--max-retries", "0");
            assertEquals(1, r.exitCode(), r.toString());
            assertEquals(6, fake.requests(), "one good batch, then five that failed alike, then none");
            assertTrue(r.err().contains("5 batches in a row failed the same way (HTTP 503)"), r.err());
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(2250, doc.getAsJsonArray("failed_tweet_ids").size());
            assertTrue(doc.get("partial").getAsBoolean());
        }
    }

    @Test
    void pacingWaitsAreAnnouncedWithTheirReasonAndEnd() {
        try (SandboxFixture fx = new SandboxFixture()) {
            Cli.Result r = fx.cli().stdin(SandboxFixture.lines(fx.ownedIds(60, Duration.ofDays(1))))
                    .run("28hr", "-f", "json", "-m", "impressions", "--requests-per-minute", "6");
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(r.err().contains("Waiting 10 s until") && r.err().contains("pacing under --requests-per-minute"),
                    r.err());
        }
    }

    @Test
    void plainProgressLinesWhenStderrIsALog() {
        try (SandboxFixture fx = new SandboxFixture()) {
            Cli.Result r = fx.cli().stdin(SandboxFixture.lines(fx.ownedIds(100, Duration.ofDays(1))))
                    .run("28hr", "-f", "json", "-m", "impressions");
            assertTrue(r.err().contains("progress: 4/4 batches (100 %), 100/100 IDs"), r.err());
            Cli.Result none = fx.cli().stdin(SandboxFixture.lines(fx.ownedIds(100, Duration.ofDays(1))))
                    .run("28hr", "-f", "json", "-m", "impressions", "--progress", "none");
            assertFalse(none.err().contains("progress:"), none.err());
        }
    }

    @Test
    void ctrlCDuringAHangingRequestStopsAtOnceWithThePartialResult() throws Exception {
        try (FakeApi fake = api((n, ids) -> n == 1 ? FakeApi.Reply.json(200, FakeApi.totals(ids, "5"))
                : new FakeApi.Reply(200, Map.of(), "", false, true))) {
            Cli cli = fake.cli().stdin(LINES);
            Thread stopper = new Thread(() -> {
                while (fake.requests() < 2) {
                    Thread.onSpinWait();
                }
                cli.stop.request();
            });
            stopper.start();
            long t0 = System.nanoTime();
            Cli.Result r = cli.run("totals", "-f", "json");
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertEquals(130, r.exitCode(), r.toString());
            assertTrue(ms < 10_000, "stopped after " + ms + " ms, not at the 60 s timeout");
            assertTrue(r.err().contains("Stopping: the request in flight is dropped"), r.err());
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(250, doc.getAsJsonObject("by_tweet").size());
            assertEquals(350, doc.getAsJsonArray("failed_tweet_ids").size());
        }
    }

    @ParameterizedTest
    @CsvSource({"307, That is a redirect", "404, has no such endpoint", "413, too large", "409, HTTP 409", "422, HTTP 422"})
    void aRefusalMidRunStopsWithThePartialResult(int status, String says) throws Exception {
        try (FakeApi fake = api((n, ids) -> n == 1 ? FakeApi.Reply.json(200, FakeApi.totals(ids, "5"))
                : new FakeApi.Reply(status, Map.of("Location", "http://127.0.0.1:9/elsewhere"),
                        "{\"errors\":[\"no\"]}", false, false))) {
            Cli.Result r = fake.cli().stdin(LINES).run("totals", "-f", "json");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains(says), r.err());
            assertEquals(2, fake.requests(), "no retry, and a redirect is not followed");
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            assertEquals(250, doc.getAsJsonObject("by_tweet").size());
            nothingVanished(doc);
        }
    }

    @Test
    void a408IsATimeoutAndIsRetried() throws Exception {
        try (FakeApi fake = api((n, ids) -> n == 1 ? FakeApi.Reply.json(408, "{}")
                : FakeApi.Reply.json(200, FakeApi.totals(ids, "5")))) {
            Cli.Result r = fake.cli().stdin(LINES).run("totals", "-f", "json");
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals(4, fake.requests());
        }
    }

    @Test
    void a429ResettingIn115DaysIsNotWaitedOut() throws Exception {
        long reset = System.currentTimeMillis() / 1000 + 115L * 86_400;
        try (FakeApi fake = api((n, ids) -> new FakeApi.Reply(429, Map.of("x-per-minute-reset", Long.toString(reset)),
                "{\"errors\":[\"Exceeded rate limit\"]}", false, false))) {
            Cli cli = fake.cli().stdin(LINES);
            Cli.Result r = cli.run("totals", "-f", "json");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("longer than --max-wait 10 min"), r.err());
            assertEquals(List.of(), cli.sleeps, "not a second of it");
        }
    }

    @Test
    void a429WithoutHeadersOnEveryRequestEndsWithinTheMaxWait() throws Exception {
        try (FakeApi fake = api((n, ids) -> FakeApi.Reply.json(429, "{\"errors\":[\"Exceeded rate limit\"]}"))) {
            MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T00:00:00Z"));
            Cli cli = fake.cli().stdin(LINES).clock(clock).sleeper(clock.sleeper());
            Cli.Result r = cli.run("totals", "-f", "json", "--max-wait", "5m");
            assertEquals(1, r.exitCode(), r.toString());
            assertTrue(r.err().contains("longer than --max-wait 5 min"), r.err());
            assertTrue(fake.requests() <= 7, "requests: " + fake.requests());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--requests-per-minute=-5", "--requests-per-minute=NaN", "--requests-per-minute=1e-9",
        "--max-retries=-1", "--timeout=0s", "--max-wait=0", "--top=0"})
    void badOptionValuesAreUsageErrorsInOneSentence(String option) {
        Cli.Result r = new Cli().stdin(LINES).run("totals", "--sandbox", option);
        assertEquals(2, r.exitCode(), r.toString());
        assertEquals(2, r.err().lines().count(), "one sentence and the --help hint: " + r.err());
        assertFalse(r.err().contains("Unexpected"), r.err());
    }

    @Test
    void standardOutputOnAFullDiskIsAnErrorNotExitZero(@TempDir Path dir) throws Exception {
        Path ids = Files.writeString(dir.resolve("ids.txt"), "1995402775890749947\n");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "totals", "--sandbox", "-f", "csv",
                ids.toString());
        pb.environment().put("XDG_STATE_HOME", dir.toString());
        pb.redirectOutput(new File("/dev/full")).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.contains("No space left on device") && err.contains("engagement export"), err);
        assertFalse(err.contains("Done in"), err);
    }

    @Test
    void devicesAndLinksAreWrittenInPlaceNeverReplaced(@TempDir Path dir) throws Exception {
        try (SandboxFixture fx = new SandboxFixture()) {
            String ids = SandboxFixture.lines(fx.ownedIds(5, Duration.ofDays(1)));
            Cli.Result devNull = fx.cli().stdin(ids).run("totals", "-o", "/dev/null");
            assertEquals(0, devNull.exitCode(), devNull.toString());
            assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
            Path real = Files.writeString(dir.resolve("real.json"), "old");
            Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
            assertEquals(0, fx.cli().stdin(ids).run("totals", "-o", link.toString()).exitCode());
            assertTrue(Files.isSymbolicLink(link), "the link stays a link");
            assertTrue(Files.readString(real).startsWith("{"), "its target holds the result");
        }
    }

    @Test
    void secretsNeverCrossTheNetworkInClear() {
        Cli.Result bearer = new Cli().env("ENGAGEMENT_API_URL", "http://api.example.com/insights/engagement")
                .env("ENGAGEMENT_BEARER_TOKEN", "AAAA-fake-bearer").stdin(LINES).run("totals");
        assertEquals(2, bearer.exitCode(), bearer.toString());
        assertTrue(bearer.err().contains("plain http to another machine") && bearer.err().contains("--allow-insecure-http"),
                bearer.err());
        Cli.Result token = new Cli().env("ENGAGEMENT_CONSUMER_KEY", "ck").env("ENGAGEMENT_CONSUMER_SECRET", "cs")
                .run("token", "--auth-url", "http://api.example.com");
        assertEquals(2, token.exitCode(), token.toString());
        assertTrue(token.err().contains("plain http to another machine"), token.err());
    }

    @Test
    void aPasswordInTheApiUrlIsNeverShownNorSent() throws Exception {
        try (FakeApi fake = api((n, ids) -> FakeApi.Reply.json(200, FakeApi.totals(ids, "5")))) {
            String url = fake.url().replace("http://", "http://user:s3cret-pass@");
            Cli.Result r = fake.cli().env("ENGAGEMENT_API_URL", url).stdin(LINES).run("totals", "-f", "json", "-v",
                    "--debug");
            assertEquals(0, r.exitCode(), r.toString());
            assertFalse(r.err().contains("s3cret-pass") || r.out().contains("s3cret-pass"), r.toString());
            assertTrue(r.err().contains("user:***@"), r.err());
        }
    }

    @Test
    void fetchCommandsTakeNoSecretAsAnOptionSoNoneShowsInTheProcessList() {
        for (String command : List.of("totals", "28hr", "historical", "export", "runs")) {
            String help = new Cli().run(command, "--help").out();
            Set<String> secretOptions = help.lines().map(String::strip).filter(l -> l.startsWith("--"))
                    .map(l -> l.split("[ =,]")[0]).filter(o -> o.contains("secret") || o.contains("token"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(), secretOptions, command);
        }
    }
}
