package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.engagement.api.TimeRules;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec 9 #29-#37: the sandbox is exactly as strict as the contract's resolutions, no more, no less. */
class ContractStrictnessTest {
    private static final String G = "\"groupings\":{\"g\":{\"group_by\":[\"tweet.id\",\"engagement.type\"]}}";

    private static RawHttp.Response historical(SandboxFixture f, long id, String start, String end) {
        return f.post("historical", body(List.of(id), List.of("impressions"), grouping("g", "tweet.id", "engagement.type"),
                start, end));
    }

    private static String okTotals(long id) {
        return "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"]," + G + "}";
    }

    @Test
    void lookbackComparesTheRoundedStartWithExactly365DaysAgo() {
        try (SandboxFixture f = SandboxFixture.start()) {
            // now 2026-06-15T12:34:56Z: the limit is 2025-06-15T12:34:56Z, the earliest start a client sends 13:00.
            assertEquals(Instant.parse("2025-06-15T12:34:56Z"), TimeRules.lookbackLimit(f.now()));
            assertEquals(Instant.parse("2025-06-15T13:00:00Z"), TimeRules.earliestStart(f.now()));
            long id = f.id(f.now().minus(Duration.ofDays(400)), f::owned);
            RawHttp.Response within59 = historical(f, id, "2025-06-15T12:40:00Z", "2025-06-20T00:00:00Z");
            assertEquals(400, within59.status(), "12:40 rounds down to 12:00, before the limit: " + within59.body());
            assertTrue(errors(within59).get(0).contains("more than 365 days ago"), within59.body());
            assertEquals(200, historical(f, id, "2025-06-15T13:00:00Z", "2025-06-20T00:00:00Z").status());
        }
    }

    @Test
    void onlyTheDocumentedDateFormsAndRealTimesAreAccepted() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(40)), f::owned);
            for (String bad : List.of("2026-06-01T24:00:00Z", "2026-06-01T23:59:60Z", "2026-02-30", "2026-02-30T10:00:00Z",
                    "2026-06-01T10:61:00Z", "")) {
                RawHttp.Response r = historical(f, id, bad, "2026-06-10");
                assertEquals(400, r.status(), bad + " -> " + r.body());
                assertTrue(errors(r).get(0).startsWith("Invalid start"), r.body());
            }
            String withNull = "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"impressions\"]," + G
                    + ",\"start\":null}";
            RawHttp.Response r = f.post("historical", withNull);
            assertEquals(400, r.status(), r.body());
            assertTrue(errors(r).get(0).startsWith("Invalid start"), r.body());
            assertEquals(200, historical(f, id, "2026-06-01T10:00:00.500Z", "2026-06-10").status(), "fractions are fine");
        }
    }

    @Test
    void anEndInTheCurrentHourIsAcceptedALaterOneIsNot() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(40)), f::owned);
            JsonObject o = json(historical(f, id, "2026-06-10", "2026-06-15T12:59:59Z"));
            assertEquals("2026-06-15T13:00:00Z", o.get("end").getAsString(), "rounds up to ceil(now)");
            assertEquals(200, historical(f, id, "2026-06-10", "2026-06-15T13:00:00Z").status());
            assertEquals(400, historical(f, id, "2026-06-10", "2026-06-15T13:00:01Z").status());
        }
    }

    @Test
    void oneSidedWindowsRoundFirstAndNeverExceed672Hours() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(100)), f::owned);
            JsonObject s = json(historical(f, id, "2026-04-01T10:30:00Z", null));
            assertEquals("2026-04-01T10:00:00Z", s.get("start").getAsString());
            assertEquals("2026-04-29T10:00:00Z", s.get("end").getAsString());
            JsonObject e = json(historical(f, id, null, "2026-05-01T10:30:00Z"));
            assertEquals("2026-04-03T11:00:00Z", e.get("start").getAsString());
            assertEquals("2026-05-01T11:00:00Z", e.get("end").getAsString());
            JsonObject recent = json(historical(f, id, "2026-06-01T10:30:00Z", null));
            assertEquals("2026-06-15T13:00:00Z", recent.get("end").getAsString(), "capped at ceil(now)");
        }
    }

    @Test
    void onlyStrictJsonIsRead() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String ok = okTotals(id);
            for (String bad : List.of(
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"]," + G + ",\"x\":NULL}",
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favo\u0001rites\"]," + G + "}",
                    "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"]," + G + ",\"x\":\"it\\'s\"}",
                    "\uFEFF" + ok,
                    ok + " trailing",
                    ok + "{}",
                    "{'tweet_ids':[\"" + id + "\"],\"engagement_types\":[\"favorites\"]," + G + "}",
                    "{\"tweet_ids\":[\"" + id + "\",],\"engagement_types\":[\"favorites\"]," + G + "}")) {
                RawHttp.Response r = f.post("totals", bad);
                assertEquals(400, r.status(), bad + " -> " + r.body());
                assertEquals(List.of("The request body is not valid JSON"), errors(r), bad);
            }
            // Duplicate keys: the last one wins.
            long other = f.ids(f.now().minus(Duration.ofDays(2)), 2, f::owned).get(1);
            RawHttp.Response dup = f.post("totals", "{\"tweet_ids\":[\"" + id + "\"],\"tweet_ids\":[\"" + other
                    + "\"],\"engagement_types\":[\"favorites\"]," + G + "}");
            assertEquals(200, dup.status(), dup.body());
            assertEquals(List.of(Long.toString(other)),
                    new ArrayList<>(json(dup).getAsJsonObject("g").keySet()));
        }
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            byte[] latin1 = ("{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"],"
                    + "\"groupings\":{\"caf\u00e9\":{\"group_by\":[\"tweet.id\"]}}}").getBytes(StandardCharsets.ISO_8859_1);
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER, Map.of(), latin1);
            assertEquals(400, r.status(), r.body());
            assertTrue(errors(r).get(0).startsWith("The request body is not valid JSON"), r.body());
        }
    }

    @Test
    void aBodyOverOneMebibyteIs413AfterAuthentication() throws Exception {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String ok = okTotals(id);
            byte[] exactly = new byte[1 << 20];
            Arrays.fill(exactly, (byte) ' ');
            System.arraycopy(ok.getBytes(StandardCharsets.UTF_8), 0, exactly, 0, ok.length());
            assertEquals(200, f.request("POST", "/insights/engagement/totals", Auth.USER, Map.of(), exactly).status(),
                    "1 MiB exactly is fine");
            byte[] over = Arrays.copyOf(exactly, exactly.length + 1);
            over[over.length - 1] = ' ';
            RawHttp.Response big = f.request("POST", "/insights/engagement/totals", Auth.USER, Map.of(), over);
            assertEquals(413, big.status());
            assertEquals("{\"errors\":[\"Request body too large\"]}", big.body());
            assertEquals(401, f.request("POST", "/insights/engagement/totals", Auth.NONE, Map.of(), over).status());
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(zipped)) {
                gz.write(over);
            }
            RawHttp.Response bigUnzipped = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Content-Encoding", "gzip"), zipped.toByteArray());
            assertEquals(413, bigUnzipped.status(), "the limit holds after gunzip too");
        }
    }

    @Test
    void aFormUrlencodedJsonBodyIsJsonAndNeverSigned() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            String body = "{\"tweet_ids\":[\"" + id + "\"],\"engagement_types\":[\"favorites\"]," + G
                    + ",\"note\":\"100%zz & a=b\"}";
            RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), body.getBytes(StandardCharsets.UTF_8));
            assertEquals(200, r.status(), r.body());
        }
    }

    @Test
    void acceptEncodingQValuesDecideGzip() {
        try (SandboxFixture f = SandboxFixture.start()) {
            String ok = okTotals(f.id(f.now().minus(Duration.ofDays(2)), f::owned));
            for (String accepted : List.of("gzip", "gzip, deflate", "deflate;q=1, GZIP;Q=0.1", "*", "identity, *;q=0.5",
                    "x-gzip")) {
                RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                        Map.of("Accept-Encoding", accepted), ok.getBytes(StandardCharsets.UTF_8));
                assertEquals(200, r.status(), accepted);
                assertTrue(r.gzipped(), accepted);
            }
            for (String refused : List.of("gzip;q=0", "gzip;q=0.000, *", "deflate", "identity", "*;q=0", "")) {
                RawHttp.Response r = f.request("POST", "/insights/engagement/totals", Auth.USER,
                        Map.of("Accept-Encoding", refused), ok.getBytes(StandardCharsets.UTF_8));
                assertEquals(406, r.status(), refused);
                assertFalse(r.gzipped(), refused);
            }
        }
    }

    @Test
    void theIdLimitCountsDistinctIds() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> ids = f.ids(f.now().minus(Duration.ofDays(2)), 250, f::owned);
            List<Long> withDuplicates = new ArrayList<>(ids);
            withDuplicates.addAll(ids.subList(0, 50));
            RawHttp.Response r = f.post("totals", body(withDuplicates, List.of("favorites"), grouping("g", "tweet.id",
                    "engagement.type")));
            assertEquals(200, r.status(), "300 entries, 250 distinct IDs");
            assertEquals(250, json(r).getAsJsonObject("g").size());
        }
    }

    @Test
    void checksComeInTheContractsOrder() {
        try (SandboxFixture f = SandboxFixture.start()) {
            byte[] junk = "junk".getBytes(StandardCharsets.UTF_8);
            Map<String, String> noGzip = Map.of("Accept-Encoding", "");
            // 406 before 404 before 401 before 400.
            assertEquals(406, f.request("POST", "/nope", Auth.NONE, noGzip, junk).status());
            assertEquals(404, f.request("POST", "/nope", Auth.NONE, Map.of(), junk).status());
            assertEquals(405, f.request("GET", "/insights/engagement/totals", Auth.NONE, Map.of(), null).status());
            assertEquals(401, f.request("POST", "/insights/engagement/totals", Auth.NONE, Map.of(), junk).status());
            assertEquals(400, f.request("POST", "/insights/engagement/totals", Auth.USER, Map.of(), junk).status());
            // 400 before 403: app-only on /28hr is forbidden, but a bad grouping is answered first.
            long id = f.id(f.now().minus(Duration.ofDays(2)), f::owned);
            RawHttp.Response badAndForbidden = f.post(Auth.BEARER, "28hr", body(List.of(id), List.of("impressions"),
                    grouping("g", "tweet.id", "engagement.week")));
            assertEquals(400, badAndForbidden.status(), badAndForbidden.body());
            RawHttp.Response forbidden = f.post(Auth.BEARER, "28hr", body(List.of(id), List.of("impressions", "favorites"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertEquals(403, forbidden.status());
            assertEquals(List.of("Forbidden to access metrics: impressions, favorites"), errors(forbidden));
            RawHttp.Response totals = f.post(Auth.BEARER, "totals", body(List.of(id), List.of("impressions", "favorites"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertEquals(List.of("Forbidden to access metrics: impressions"), errors(totals), "only the user-context ones");
        }
    }
}
