package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.report.Exposition;
import dev.engagement.report.SchemaCheck;
import dev.engagement.sandbox.SandboxConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A run reports itself: the JSON report, JSON log lines, the CI step summary and the Prometheus metrics. */
class RunReportEndToEndTest {
    /** One request in ten answered 500/502/503, and requests 5 and 6 answered 500: with one retry, a batch fails. */
    @RegisterExtension
    static final SandboxFixture faulty = new SandboxFixture(SandboxConfig.builder().failRate(0.1).seed(10).script("500@5,500@6"));

    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();

    static final List<Long> OWNED = faulty.ownedIds(400, Duration.ofDays(1));
    static final List<Long> UNOWNED = faulty.unownedIds(30, Duration.ofDays(1));
    static final List<Long> DELETED = faulty.deletedIds(10, Duration.ofDays(1));

    @TempDir
    Path dir;

    static String mixedInput() {
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < OWNED.size(); i++) {
            all.add(OWNED.get(i));
            if (i < UNOWNED.size()) {
                all.add(UNOWNED.get(i));
            }
            if (i < DELETED.size()) {
                all.add(DELETED.get(i));
            }
        }
        all.add(OWNED.get(0));
        all.add(OWNED.get(1));
        return SandboxFixture.lines(all);
    }

    static JsonObject json(Path file) throws IOException {
        return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
    }

    static void assertValid(JsonObject report) {
        List<String> problems = SchemaCheck.problems(SchemaCheck.reportSchema(), report);
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + report);
    }

    static int listSize(JsonObject doc, String key) {
        JsonElement e = doc.get(key);
        return e == null ? 0 : e.getAsJsonArray().size();
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void aRunWithFaultsAndUnownedIdsReportsTheCountsOfItsOutput() throws Exception {
        Path out = dir.resolve("out.json");
        Path report = dir.resolve("report.json");
        Path prom = dir.resolve("engagement.prom");
        Path summary = dir.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        Cli.Result r = faulty.cli().env("GITHUB_STEP_SUMMARY", summary.toString()).stdin(mixedInput())
                .run("28hr", "-f", "json", "-m", "impressions,favorites", "-o", out.toString(), "--max-retries", "1",
                        "--top", "3", "--report", report.toString(), "--metrics-file", prom.toString());
        assertEquals(1, r.exitCode(), r.toString());
        JsonObject doc = json(out);
        JsonObject rep = json(report);
        assertValid(rep);

        JsonObject lists = rep.getAsJsonObject("id_lists");
        for (String key : lists.keySet()) {
            assertEquals(listSize(doc, key), lists.get(key).getAsInt(), key);
        }
        int failed = listSize(doc, "failed_tweet_ids");
        assertTrue(failed > 0, "a batch failed twice: " + r.err());
        // An unowned or deleted ID in a failed batch is listed as failed: it was never answered for.
        assertTrue(listSize(doc, "forbidden_tweet_ids") > 0 && listSize(doc, "unavailable_tweet_ids") > 0, doc.toString());
        assertEquals(doc.getAsJsonObject("by_tweet").size(), rep.get("tweets_fetched").getAsInt());

        JsonObject ids = rep.getAsJsonObject("ids");
        assertEquals(OWNED.size() + UNOWNED.size() + DELETED.size() + 2, ids.get("read").getAsInt());
        assertEquals(OWNED.size() + UNOWNED.size() + DELETED.size(), ids.get("unique").getAsInt());
        assertEquals(2, ids.get("duplicates").getAsInt());
        JsonObject requests = rep.getAsJsonObject("requests");
        assertEquals(faulty.sandbox.requestsHandled() > 0, requests.get("total").getAsInt() > 0);
        assertTrue(requests.get("retries").getAsInt() > 0, rep.toString());
        assertEquals(1, rep.getAsJsonObject("exit").get("code").getAsInt());
        assertFalse(rep.get("partial").getAsBoolean());
        assertEquals("28hr", rep.get("endpoint").getAsString());
        assertEquals(3, rep.getAsJsonObject("top_tweets").getAsJsonArray("impressions").size());

        JsonArray outputs = rep.getAsJsonArray("outputs");
        assertEquals(1, outputs.size(), outputs.toString());
        JsonObject o = outputs.get(0).getAsJsonObject();
        assertEquals(out.toString(), o.get("path").getAsString());
        assertEquals(Files.size(out), o.get("bytes").getAsLong());
        assertEquals(sha256(out), o.get("sha256").getAsString());
        assertNotNull(rep.get("journal").getAsString());
        assertTrue(Files.exists(Path.of(rep.get("journal").getAsString())));

        List<Exposition.Sample> samples = Exposition.parse(Files.readString(prom));
        Map<String, Double> byName = samples.stream().filter(s -> !s.labels().containsKey("reason"))
                .collect(Collectors.toMap(Exposition.Sample::name, Exposition.Sample::value));
        assertEquals(failed, byName.get("engagement_failed_ids"));
        assertEquals(rep.get("tweets_fetched").getAsDouble(), byName.get("engagement_tweets_fetched"));
        assertEquals(requests.get("total").getAsDouble(), byName.get("engagement_requests_total"));
        assertEquals(faulty.now.getEpochSecond(), byName.get("engagement_last_run_timestamp_seconds"));
        assertNull(byName.get("engagement_last_success_timestamp_seconds"), "this run failed; none before it");
        assertTrue(samples.stream().allMatch(s -> s.labels().get("endpoint").equals("28hr")
                && s.labels().get("profile").equals("default")), samples.toString());

        String md = Files.readString(summary);
        assertTrue(md.startsWith("earlier step\n"), "appended, never replaced");
        assertMarkdownTable(md, "| Run | Count |", "| Tweet IDs read | " + ids.get("read").getAsInt() + " |");
        assertMarkdownTable(md, "| ID list | IDs |", "| `failed_tweet_ids` | " + failed + " |");
        assertTrue(md.contains("| Top 3 by impressions | Tweet | Count |"), md);
        assertTrue(md.contains("**Exit 1**: some IDs could not be fetched"), md);
    }

    /** A header row, then a delimiter row of as many cells, then rows with as many cells, one of them {@code row}. */
    static void assertMarkdownTable(String md, String header, String row) {
        List<String> lines = md.lines().toList();
        int h = lines.indexOf(header);
        assertTrue(h >= 0, "no table " + header + " in\n" + md);
        int cells = header.split("\\|", -1).length;
        assertTrue(lines.get(h + 1).matches("\\|(\\s*:?-+:?\\s*\\|)+"), lines.get(h + 1));
        assertEquals(cells, lines.get(h + 1).split("\\|", -1).length);
        boolean found = false;
        for (int i = h + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            assertEquals(cells, lines.get(i).split("\\|", -1).length, lines.get(i));
            found |= lines.get(i).equals(row);
        }
        assertTrue(found, row + " not in\n" + md);
    }

    @Test
    void aReportAfterCtrlCSaysPartialAndExit130() throws IOException {
        Path report = dir.resolve("report.json");
        Path prom = dir.resolve("m.prom");
        Cli cli = fx.cli();
        int[] waits = {0};
        cli.sleeper(d -> {
            if (++waits[0] == 2) {
                cli.stop.request();
            }
        });
        Cli.Result r = cli.stdin(SandboxFixture.lines(fx.ownedIds(150, Duration.ofDays(1))))
                .run("28hr", "-f", "json", "-m", "impressions", "--requests-per-minute", "600", "--report",
                        report.toString(), "--metrics-file", prom.toString());
        assertEquals(130, r.exitCode(), r.toString());
        JsonObject rep = json(report);
        assertValid(rep);
        assertTrue(rep.get("partial").getAsBoolean());
        assertEquals(130, rep.getAsJsonObject("exit").get("code").getAsInt());
        assertTrue(rep.getAsJsonObject("exit").get("meaning").getAsString().startsWith("interrupted"));
        assertEquals(100, rep.getAsJsonObject("id_lists").get("failed_tweet_ids").getAsInt(), "four batches not fetched");
        assertTrue(rep.getAsJsonObject("waits").get("total_seconds").getAsDouble() > 0);
        assertTrue(rep.getAsJsonObject("waits").getAsJsonObject("by_reason").keySet().stream()
                .anyMatch(k -> k.contains("--requests-per-minute")), rep.toString());
        Exposition.parse(Files.readString(prom));
    }

    /** A real Ctrl-C (SIGINT) while the input is still awaited ends the process at once, with its report. */
    @Test
    void ctrlCBeforeAnythingIsFetchedStillLeavesAReport() throws Exception {
        Path fifo = dir.resolve("ids.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path report = dir.resolve("report.json");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "totals", "--sandbox", "-v",
                "--report", report.toString(), fifo.toString());
        pb.environment().put("XDG_STATE_HOME", dir.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // "Using ..." comes once the signal handler is installed, just before the input is opened.
            while (!Files.readString(err).contains("Using ") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.readString(err).contains("Using "), Files.readString(err));
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue(), Files.readString(err));
        JsonObject rep = json(report);
        assertValid(rep);
        assertTrue(rep.get("partial").getAsBoolean());
        assertEquals(130, rep.getAsJsonObject("exit").get("code").getAsInt());
        assertEquals(0, rep.getAsJsonObject("requests").get("total").getAsInt());
    }

    @Test
    void aFailedRunStillReportsAndKeepsTheLastSuccessInTheMetrics() throws IOException {
        Path report = dir.resolve("report.json");
        Path prom = dir.resolve("m.prom");
        String ids = SandboxFixture.lines(fx.ownedIds(10, Duration.ofDays(1)));
        Cli.Result ok = fx.cli().stdin(ids).run("totals", "-f", "json", "--metrics-file", prom.toString());
        assertEquals(0, ok.exitCode(), ok.toString());
        Cli.Result hours = fx.cli().stdin(ids).run("28hr", "-f", "json", "--metrics-file", prom.toString());
        assertEquals(0, hours.exitCode(), hours.toString());

        Cli later = fx.cli().clock(Clock.fixed(fx.now.plusSeconds(3600), ZoneOffset.UTC))
                .env("ENGAGEMENT_CONSUMER_SECRET", NoSecretLeakTest.CONSUMER_SECRET)
                .env("ENGAGEMENT_ACCESS_TOKEN_SECRET", NoSecretLeakTest.TOKEN_SECRET);
        Path summary = dir.resolve("summary.md");
        Cli.Result refused = later.env("GITHUB_STEP_SUMMARY", summary.toString()).stdin(ids).run("totals", "-f", "json",
                "--report", report.toString(), "--metrics-file", prom.toString(), "--log-format", "json", "-v",
                "--api-url", fx.sandbox.baseUrl().toString().replace("://", "://someone:" + NoSecretLeakTest.BEARER + "@"));
        assertEquals(3, refused.exitCode(), refused.toString());
        JsonObject rep = json(report);
        assertValid(rep);
        assertEquals(3, rep.getAsJsonObject("exit").get("code").getAsInt());
        assertNotNull(rep.get("error").getAsString());
        assertTrue(rep.getAsJsonArray("command_line").toString().contains("someone:***@"), rep.toString());
        NoSecretLeakTest.assertNoSecret("the report", Files.readString(report));
        NoSecretLeakTest.assertNoSecret("the metrics", Files.readString(prom));
        NoSecretLeakTest.assertNoSecret("the step summary", Files.readString(summary));
        NoSecretLeakTest.assertNoSecret("stderr", refused.err());
        refused.err().lines().forEach(line -> JsonParser.parseString(line).getAsJsonObject());
        assertTrue(Files.readString(summary).contains("**Exit 3**: credentials"), Files.readString(summary));

        List<Exposition.Sample> samples = Exposition.parse(Files.readString(prom));
        assertEquals(fx.now.getEpochSecond(), value(samples, "engagement_last_success_timestamp_seconds", "totals"));
        assertEquals(fx.now.getEpochSecond() + 3600, value(samples, "engagement_last_run_timestamp_seconds", "totals"));
        assertEquals(3, value(samples, "engagement_last_run_exit_code", "totals"));
        assertEquals(fx.now.getEpochSecond(), value(samples, "engagement_last_run_timestamp_seconds", "28hr"),
                "the other endpoint's samples are kept");
    }

    static double value(List<Exposition.Sample> samples, String name, String endpoint) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().get("endpoint").equals(endpoint))
                .findFirst().orElseThrow(() -> new AssertionError(name + " " + endpoint + " in " + samples)).value();
    }

    @Test
    void jsonLogsGiveEveryStderrEventAsOneObjectPerLine() {
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(fx.ownedIds(60, Duration.ofDays(1))))
                .run("28hr", "-f", "json", "-m", "impressions", "--requests-per-minute", "6", "--log-format", "json");
        assertEquals(0, r.exitCode(), r.toString());
        List<JsonObject> events = new ArrayList<>();
        for (String line : r.err().lines().toList()) {
            events.add(JsonParser.parseString(line).getAsJsonObject());
        }
        JsonObject wait = events.stream().filter(e -> e.get("event").getAsString().equals("wait")).findFirst()
                .orElseThrow(() -> new AssertionError(r.err()));
        assertEquals("warning", wait.get("level").getAsString());
        assertTrue(wait.get("until").getAsString().endsWith("Z"), wait.toString());
        assertTrue(wait.get("reason").getAsString().contains("--requests-per-minute"), wait.toString());
        assertEquals(3, events.stream().filter(e -> e.get("event").getAsString().equals("batch_done")).count());
        JsonObject summary = events.get(events.size() - 1);
        assertEquals("summary", summary.get("event").getAsString(), r.err());
        assertEquals(60, summary.get("ids_unique").getAsInt());
        assertTrue(summary.get("message").getAsString().startsWith("Done in"));

        Cli.Result usage = fx.cli().stdin("1\n").run("28hr", "--log-format", "json", "--top", "0", "--nope");
        assertEquals(2, usage.exitCode(), usage.toString());
        JsonObject error = JsonParser.parseString(usage.err().strip()).getAsJsonObject();
        assertEquals("error", error.get("event").getAsString());
        assertEquals(2, error.get("exit_code").getAsInt());
    }

    @Test
    void aReportNamedLikeTheOutputIsAUsageError() {
        Path same = dir.resolve("out.json");
        Cli.Result r = fx.cli().stdin("1\n").run("totals", "-o", same.toString(), "--report", same.toString());
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--report and --output name the same file"), r.err());
        assertFalse(Files.exists(same));
    }

    @Test
    void textLogsStayAsTheyWere() {
        Cli.Result r = fx.cli().stdin(SandboxFixture.lines(fx.ownedIds(10, Duration.ofDays(1)))).run("totals", "-f", "json");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("Done in") || r.err().contains("\nDone in"), r.err());
        assertFalse(r.err().contains("{"), r.err());
    }
}
