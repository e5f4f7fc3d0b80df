package dev.engagement.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three renderings of a run report, and the checks the end-to-end tests rely on. */
class ReportRenderingTest {
    static final Instant T0 = Instant.parse("2026-12-01T03:15:00Z");

    static RunReport report(String profile, int exit, String error) {
        Map<String, Long> lists = new LinkedHashMap<>();
        lists.put("unavailable_tweet_ids", 1L);
        lists.put("unsupported_for_video_views_tweet_ids", 0L);
        lists.put("unsupported_for_impressions_engagements_tweet_ids", 0L);
        lists.put("forbidden_tweet_ids", 2L);
        lists.put("failed_tweet_ids", 25L);
        lists.put("out_of_range_tweet_ids", 0L);
        Map<String, Duration> waits = new LinkedHashMap<>();
        waits.put("pacing under --requests-per-minute", Duration.ofMillis(1500));
        waits.put("HTTP 429", Duration.ofSeconds(30));
        return new RunReport("1.0", List.of("totals", "ids.txt"), "totals", profile, T0, T0.plusSeconds(95),
                new RunReport.Ids(110, 100, 10, 0), new RunReport.Traffic(7, 6, 2, 1, waits), lists, 72, false,
                new RunReport.Exit(exit, "some | meaning"), error, List.of(), null,
                Map.of("impressions", List.of(new RunReport.Ranked("20", 9), new RunReport.Ranked("21", 3))));
    }

    @Test
    void theReportFollowsItsSchemaAndTheCheckCatchesWhatDoesNot() {
        JsonObject doc = JsonParser.parseString(ReportJson.render(report("default", 1, "x"))).getAsJsonObject();
        assertEquals(List.of(), SchemaCheck.problems(SchemaCheck.reportSchema(), doc));
        assertEquals(31.5, doc.getAsJsonObject("waits").get("total_seconds").getAsDouble());
        assertEquals(95.0, doc.get("duration_seconds").getAsDouble());

        JsonObject broken = doc.deepCopy();
        broken.remove("partial");
        broken.getAsJsonObject("ids").addProperty("read", 1.5);
        broken.getAsJsonObject("exit").addProperty("code", 7);
        broken.addProperty("extra", true);
        List<String> problems = SchemaCheck.problems(SchemaCheck.reportSchema(), broken);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.contains("$: 'partial' is missing"), problems.toString());
    }

    @Test
    void metricsParseWithOddLabelValuesAndKeepOtherRunsAndTheLastSuccess() {
        String profile = "team \"a\\b\"\nx";
        String first = MetricsFile.render(List.of(), report(profile, 0, null));
        List<Exposition.Sample> samples = Exposition.parse(first);
        assertTrue(samples.stream().allMatch(s -> s.labels().get("profile").equals(profile)), samples.toString());
        assertEquals(T0.plusSeconds(95).getEpochSecond(), value(samples, "engagement_last_success_timestamp_seconds"));

        RunReport later = new RunReport("1.0", List.of(), "totals", profile, T0.plusSeconds(86400),
                T0.plusSeconds(86500), RunReport.Ids.NONE, RunReport.Traffic.NONE, Map.of(), 0, true,
                new RunReport.Exit(3, "credentials"), "refused", List.of(), null, Map.of());
        RunReport other = new RunReport("1.0", List.of(), "28hr", "default", T0, T0, RunReport.Ids.NONE,
                RunReport.Traffic.NONE, Map.of(), 0, false, new RunReport.Exit(0, "done"), null, List.of(), null, Map.of());
        String shared = MetricsFile.render(parseOwn(MetricsFile.render(parseOwn(first), other)), later);
        List<Exposition.Sample> all = Exposition.parse(shared);
        assertEquals(T0.plusSeconds(95).getEpochSecond(), value(all, "engagement_last_success_timestamp_seconds"));
        assertEquals(T0.plusSeconds(86500).getEpochSecond(), value(all, "engagement_last_run_timestamp_seconds"));
        assertEquals(1, all.stream().filter(s -> s.labels().get("endpoint").equals("28hr")
                && s.name().equals("engagement_last_success_timestamp_seconds")).count(), shared);
        assertFalse(all.stream().anyMatch(s -> s.labels().getOrDefault("reason", "").equals("HTTP 429")),
                "the failed run's waits replace the earlier run's");
    }

    @Test
    void theParserRefusesWhatTheCollectorWould() {
        assertThrows(IllegalArgumentException.class, () -> Exposition.parse("a{b=\"c\"} 1"), "no final line feed");
        assertThrows(IllegalArgumentException.class, () -> Exposition.parse("a{b=\"c} 1\n"));
        assertThrows(IllegalArgumentException.class, () -> Exposition.parse("a 1\nb 1\na 2\n"), "split family");
        assertThrows(IllegalArgumentException.class, () -> Exposition.parse("a{x=\"1\"} 1\na{x=\"1\"} 2\n"));
        assertThrows(IllegalArgumentException.class, () -> Exposition.parse("a one\n"));
        assertThrows(IllegalArgumentException.class, () -> Exposition.parse("a 1\n# TYPE a gauge\n"));
    }

    @Test
    void theStepSummaryIsTablesWithCellsEscaped() {
        String md = StepSummary.render(report("default", 1, "refused | with a pipe\nand a line"));
        assertTrue(md.contains("| Tweet IDs read | 110 |"), md);
        assertTrue(md.contains("| `failed_tweet_ids` | 25 |"), md);
        assertTrue(md.contains("| 1 | 20 | 9 |"), md);
        assertTrue(md.contains("**Exit 1**: some \\| meaning."), md);
        assertTrue(md.contains("> refused \\| with a pipe and a line\n"), md);
        assertTrue(md.contains("| Time waited | 31.5 s |"), md);
    }

    static List<MetricsFile.Sample> parseOwn(String text) {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("metrics", ".prom");
            java.nio.file.Files.writeString(f, text);
            List<MetricsFile.Sample> s = MetricsFile.previous(f);
            java.nio.file.Files.delete(f);
            return s;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double value(List<Exposition.Sample> samples, String name) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().get("endpoint").equals("totals"))
                .findFirst().orElseThrow().value();
    }
}
