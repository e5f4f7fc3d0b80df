package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.app.SandboxProfiles;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several Tweet owners: a sandbox of three users, each owning a third of all Tweets, and a config file
 * of their profiles as {@code engagement sandbox --print-config} writes it; runs route each Tweet to the
 * profile whose token owns it, and remember the owners for the next run.
 */
class OwnersEndToEndTest {
    static final int USERS = 3;

    @TempDir
    Path dir;

    /** A three-user sandbox that logs every request, so a test can count what it refused. */
    /**
     * A fixed moment: the Tweets picked around it must include deleted and protected ones (about 3 % and
     * 1 % of all), which a moment taken from the wall clock would miss about once in twenty runs.
     */
    private static final java.time.Instant NOW = java.time.Instant.parse("2026-11-02T10:00:00Z");

    SandboxFixture sandbox() {
        return new SandboxFixture(SandboxConfig.builder().users(USERS).logRequests(dir.resolve("requests.log")), NOW);
    }

    Path config(SandboxFixture fx) {
        Path file = dir.resolve("sandbox.properties");
        SandboxProfiles.write(file, fx.sandbox);
        return file;
    }

    /** A command line with the config file and a cache folder of its own, no credentials in the environment. */
    Cli cli(SandboxFixture fx) {
        return new Cli().clock(fx.clock).env("XDG_CACHE_HOME", dir.resolve("cache").toString());
    }

    static List<Long> ids(SandboxFixture fx, int n) {
        return fx.ids(n, Duration.ofDays(10), id -> !fx.data().isDeleted(id) && !fx.data().isProtected(id));
    }

    static JsonObject json(Cli.Result r) {
        assertEquals(0, r.exitCode(), r.toString());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    /** Requests the sandbox answered 403 (not owned), from its request log. */
    long refusedRequests() throws IOException {
        try (Stream<String> lines = Files.lines(dir.resolve("requests.log"))) {
            return lines.filter(l -> l.contains("\"status\":403")).count();
        }
    }

    @Test
    void oneAllProfilesRunFetchesWhatThreeSingleProfileRunsFetchAndTheSecondRunIsNeverRefused() throws IOException {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            // Deleted and protected Tweets too: they must not cause refusals in the second run either.
            List<Long> ids = fx.ids(300, Duration.ofDays(10), id -> true);
            assertTrue(ids.stream().anyMatch(fx.data()::isProtected) && ids.stream().anyMatch(fx.data()::isDeleted));
            for (int u = 1; u <= USERS; u++) {
                long userId = SandboxData.userId(u);
                long owned = ids.stream().filter(id -> fx.data().authorOf(id) == userId).count();
                assertTrue(owned > 60 && owned < 140, "user " + u + " owns about a third: " + owned);
            }
            String input = SandboxFixture.lines(ids);
            String[] totals = {"totals", "-f", "json", "-m", "impressions,favorites", "--config", config.toString()};

            SandboxData data = fx.data();
            Map<String, JsonElement> single = new HashMap<>();
            java.util.Set<String> singleUnavailable = new java.util.HashSet<>();
            for (int u = 1; u <= USERS; u++) {
                long userId = SandboxData.userId(u);
                JsonObject doc = json(cli(fx).stdin(input).run(concat(totals, "--profile", "user" + u)));
                doc.getAsJsonObject("by_tweet").entrySet().forEach(e -> single.put(e.getKey(), e.getValue()));
                doc.getAsJsonArray("unavailable_tweet_ids").forEach(e -> singleUnavailable.add(e.getAsString()));
                assertEquals(ids.stream().filter(id -> data.authorOf(id) != userId && !data.isDeleted(id)).count(),
                        doc.getAsJsonArray("forbidden_tweet_ids").size(), "each single run is refused the others' Tweets");
            }
            long available = ids.stream().filter(id -> !data.isDeleted(id) && !data.isProtected(id)).count();

            Cli.Result first = cli(fx).stdin(input).run(concat(totals, "--all-profiles"));
            JsonObject all = json(first);
            assertEquals(0, all.getAsJsonArray("forbidden_tweet_ids").size(), first.err());
            Map<String, JsonElement> routed = new HashMap<>();
            all.getAsJsonObject("by_tweet").entrySet().forEach(e -> routed.put(e.getKey(), e.getValue()));
            assertEquals(available, routed.size());
            assertEquals(single, routed, "the same counts as three single-profile runs");
            java.util.Set<String> unavailable = new java.util.HashSet<>();
            all.getAsJsonArray("unavailable_tweet_ids").forEach(e -> unavailable.add(e.getAsString()));
            assertEquals(singleUnavailable, unavailable, "deleted, and protected of every owner");
            JsonObject profiles = all.getAsJsonObject("profiles");
            assertEquals(List.of("user1", "user2", "user3"), new ArrayList<>(profiles.keySet()),
                    "default has user1's token, so it is left out");
            long tweets = 0;
            for (int u = 1; u <= USERS; u++) {
                long userId = SandboxData.userId(u);
                long owned = ids.stream().filter(id -> data.authorOf(id) == userId && !data.isDeleted(id)
                        && !data.isProtected(id)).count();
                assertEquals(owned, profiles.getAsJsonObject("user" + u).get("tweets").getAsLong());
                tweets += owned;
            }
            assertEquals(available, tweets);
            assertTrue(profiles.getAsJsonObject("user1").get("refused").getAsLong() > 0, "the first run learns");
            assertTrue(first.err().contains("Profiles: user1 "), first.err());

            Path cache = onlyFile(dir.resolve("cache/engagement"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cache.getParent())));

            long refusedBefore = refusedRequests();
            assertTrue(refusedBefore > 0);
            Cli.Result second = cli(fx).stdin(input).run(concat(totals, "--all-profiles"));
            JsonObject again = json(second);
            assertEquals(refusedBefore, refusedRequests(), "no request of the second run is refused: " + second.err());
            assertEquals(routed.size(), again.getAsJsonObject("by_tweet").size());
            assertEquals(all.getAsJsonObject("by_tweet"), again.getAsJsonObject("by_tweet"));
            for (int u = 1; u <= USERS; u++) {
                long userId = SandboxData.userId(u);
                JsonObject c = again.getAsJsonObject("profiles").getAsJsonObject("user" + u);
                assertEquals(0, c.get("refused").getAsLong(), "user" + u);
                boolean protectedOwned = ids.stream().anyMatch(id -> data.authorOf(id) == userId && data.isProtected(id));
                assertEquals(protectedOwned ? 2 : 1, c.get("requests").getAsLong(), "user" + u + ": its own batch, "
                        + "one request (and one more after a protected Tweet is taken out)");
            }
        }
    }

    /** With a store, the owners are remembered in it: the second run is never refused, and no cache file is written. */
    @Test
    void withAStoreTheOwnersLiveInTheStoreAndNoCacheFileIsWritten() throws Exception {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 90);
            String store = dir.resolve("engagement.db").toString();
            String[] run = {"totals", "-f", "json", "-m", "impressions,favorites", "--config", config.toString(),
                "--all-profiles", "--store", store};
            Cli.Result first = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            JsonObject all = json(first);
            assertEquals(0, all.getAsJsonArray("forbidden_tweet_ids").size(), first.err());
            long refusedBefore = refusedRequests();
            assertTrue(refusedBefore > 0, "the first run learns the owners");

            Cli.Result second = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            JsonObject again = json(second);
            assertEquals(refusedBefore, refusedRequests(), "no request of the second run is refused: " + second.err());
            assertEquals(all.getAsJsonObject("by_tweet"), again.getAsJsonObject("by_tweet"));
            for (int u = 1; u <= USERS; u++) {
                assertEquals(0, again.getAsJsonObject("profiles").getAsJsonObject("user" + u).get("refused").getAsLong());
            }
            assertFalse(Files.exists(dir.resolve("cache/engagement")), "no owners-*.tsv file");

            Map<String, Long> expected = new HashMap<>();
            for (long id : ids) {
                expected.merge("user" + (fx.data().authorOf(id) - SandboxData.SANDBOX_USER_ID + 1), 1L, Long::sum);
            }
            Map<String, Long> stored = new HashMap<>();
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store);
                    java.sql.ResultSet r = c.createStatement().executeQuery(
                            "SELECT profile, COUNT(*) FROM tweet_owners GROUP BY profile")) {
                while (r.next()) {
                    stored.put(r.getString(1), r.getLong(2));
                }
            }
            assertEquals(expected, stored, "each Tweet's owner, in the store");
        }
    }

    /** The owner cache is a hint: when the store refuses it, the run warns, stores its snapshot and exits 0. */
    @Test
    void anOwnerCacheTheStoreRefusesIsAWarningNotAFailure() throws Exception {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 30);
            String store = dir.resolve("engagement.db").toString();
            String[] run = {"28hr", "-f", "json", "-m", "impressions", "--config", config.toString(), "--all-profiles",
                "--store", store};
            assertEquals(0, cli(fx).run("totals", "--config", config.toString(), "--store", store, "-m", "favorites",
                    "-f", "json").exitCode(), "creates the store");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store)) {
                c.createStatement().execute("CREATE TRIGGER refuse BEFORE INSERT ON tweet_owners BEGIN "
                        + "SELECT RAISE(ABORT, 'owners refused'); END");
            }
            Cli.Result r = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            JsonObject doc = json(r);
            assertEquals(ids.size(), doc.getAsJsonObject("by_tweet").size());
            assertTrue(r.err().contains("Could not update the owner cache in the store " + store + " (")
                    && r.err().contains("owners refused"), r.err());
            assertTrue(r.err().contains("Stored snapshot 2"), r.err());
        }
    }

    @Test
    void aStaleOwnerIsCorrectedAndTweetsOwnedByNoneAreForbidden() throws IOException {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 60);
            // Only user1 and user2: user3's Tweets are owned by none of them.
            String[] run = {"28hr", "-f", "jsonl", "-m", "impressions", "--config", config.toString(), "--profiles",
                "user2,user1"};
            Path cacheDir = dir.resolve("cache/engagement");
            Files.createDirectories(cacheDir);
            Cli.Result first = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            assertEquals(0, first.exitCode(), first.toString());
            Path cache = onlyFile(cacheDir);
            // Every entry now names the wrong owner.
            List<String> wrong = new ArrayList<>();
            for (String line : Files.readAllLines(cache)) {
                wrong.add(line.startsWith("#") ? line : line.replace("\tuser1", "\tx").replace("\tuser2", "\tuser1")
                        .replace("\tx", "\tuser2"));
            }
            Files.write(cache, wrong);

            Cli.Result second = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            assertEquals(0, second.exitCode(), second.toString());
            List<JsonObject> lines = second.out().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
            List<String> forbidden = new ArrayList<>();
            int tweets = 0;
            for (JsonObject line : lines) {
                if (line.has("tweet_id")) {
                    tweets++;
                    long id = Long.parseLong(line.get("tweet_id").getAsString());
                    assertEquals("user" + (fx.data().authorOf(id) - SandboxData.SANDBOX_USER_ID + 1),
                            line.get("profile").getAsString(), "each Tweet says who fetched it");
                } else if (line.has("list") && line.get("list").getAsString().equals("forbidden_tweet_ids")) {
                    line.getAsJsonArray("tweet_ids").forEach(e -> forbidden.add(e.getAsString()));
                } else if (line.has("run")) {
                    assertNotNull(line.getAsJsonObject("run").getAsJsonObject("profiles"));
                }
            }
            long user3 = ids.stream().filter(id -> fx.data().authorOf(id) == SandboxData.userId(3)).count();
            assertEquals(user3, forbidden.size(), second.err());
            assertEquals(ids.size() - user3, tweets);

            Cli.Result third = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            assertEquals(0, third.exitCode(), third.toString());
            // Corrected: only the Tweets no profile owns are refused again (they are never remembered), once by
            // user2 and once by user1.
            JsonObject profiles = JsonParser.parseString(third.out().lines().reduce((a, b) -> b).orElseThrow())
                    .getAsJsonObject().getAsJsonObject("run").getAsJsonObject("profiles");
            assertEquals(user3, profiles.getAsJsonObject("user2").get("refused").getAsLong(), third.err());
            assertEquals(user3, profiles.getAsJsonObject("user1").get("refused").getAsLong(), third.err());
        }
    }

    @Test
    void csvHasAProfileColumn() {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 12);
            Cli.Result r = cli(fx).stdin(SandboxFixture.lines(ids)).run("totals", "-f", "csv", "-m", "impressions",
                    "--config", config.toString(), "--all-profiles");
            assertEquals(0, r.exitCode(), r.toString());
            List<String> rows = r.out().lines().toList();
            assertEquals("grouping,tweet_id,engagement_type,day,hour,count,profile", rows.get(0));
            for (String row : rows.subList(1, rows.size())) {
                String[] cells = row.split(",");
                long author = fx.data().authorOf(Long.parseLong(cells[1]));
                assertEquals("user" + (author - SandboxData.SANDBOX_USER_ID + 1), cells[6], row);
            }
        }
    }

    @Test
    void profilesAreNotNeededForPublicMetricsWithAppOnlyAuth() {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 20);
            Cli.Result r = cli(fx).stdin(SandboxFixture.lines(ids)).run("totals", "-f", "json", "-m",
                    "favorites,retweets", "--config", config.toString(), "--all-profiles");
            JsonObject doc = json(r);
            assertEquals(0, doc.getAsJsonArray("forbidden_tweet_ids").size());
            assertFalse(doc.has("profiles"), r.out());
            assertEquals(1, r.err().split("--all-profiles is not needed here", -1).length - 1, r.err());
        }
    }

    @Test
    void configureListSaysWhichProfilesAllProfilesUses() {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            Cli.Result r = cli(fx).run("configure", "--list", "--config", config.toString());
            assertEquals(0, r.exitCode(), r.toString());
            assertTrue(r.out().contains("--all-profiles       not used: 'user1' has the same access token"), r.out());
            assertEquals(USERS, r.out().split("--all-profiles       used\n", -1).length - 1, r.out());
        }
    }

    @Test
    void anAccessTokenInTheEnvironmentIsRefusedWithProfiles() {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            Cli.Result r = cli(fx).env("ENGAGEMENT_ACCESS_TOKEN", "x").stdin("20\n").run("28hr", "--config",
                    config.toString(), "--profiles", "user1,user2");
            assertEquals(2, r.exitCode(), r.toString());
            assertTrue(r.err().contains("ENGAGEMENT_ACCESS_TOKEN is set and would replace the access token of every "
                    + "profile"), r.err());
        }
    }

    @Test
    void aResumedRunKeepsWhoFetchedEachBatch() throws IOException {
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().users(USERS).script("500@4"))) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 75);
            String[] run = {"28hr", "-f", "jsonl", "-m", "impressions", "--config", config.toString(),
                "--all-profiles", "--max-retries", "0", "--journal", dir.resolve("run.journal").toString()};
            Cli.Result first = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            assertEquals(1, first.exitCode(), first.toString());
            Cli.Result second = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            assertEquals(0, second.exitCode(), second.toString());
            assertTrue(second.err().contains("Resuming from"), second.err());
            long tweets = second.out().lines().filter(l -> l.contains("\"tweet_id\"")).peek(l -> assertTrue(
                    l.contains("\"profile\":\"user"), l)).count();
            assertEquals(ids.size(), tweets);
            JsonObject runLine = JsonParser.parseString(second.out().lines().reduce((a, b) -> b).orElseThrow())
                    .getAsJsonObject().getAsJsonObject("run");
            long counted = 0;
            for (String p : List.of("user1", "user2", "user3")) {
                counted += runLine.getAsJsonObject("profiles").getAsJsonObject(p).get("tweets").getAsLong();
            }
            assertEquals(ids.size(), counted, "replayed batches count for the profiles that fetched them");

            Cli.Result export = cli(fx).run("export", dir.resolve("run.journal").toString(), "-f", "csv");
            assertEquals(0, export.exitCode(), export.toString());
            List<String> rows = export.out().lines().toList();
            assertTrue(rows.get(0).endsWith(",profile"), rows.get(0));
            assertEquals(ids.size(), rows.stream().filter(r -> r.matches(".*,user[123]$")).count(), export.out());
        }
    }

    @Test
    void aProfileWhoseTokenIsRefusedIsLeftOutAndOnlyItsTweetsFail() throws IOException {
        try (SandboxFixture fx = sandbox()) {
            Path config = config(fx);
            String user2 = fx.sandbox.credentials().user(2).accessToken();
            Files.writeString(config, Files.readString(config).replace(user2, "1000000002-revokedToken"));
            List<Long> ids = ids(fx, 60);
            Cli.Result r = cli(fx).stdin(SandboxFixture.lines(ids)).run("28hr", "-f", "json", "-m", "impressions",
                    "--config", config.toString(), "--all-profiles");
            assertEquals(1, r.exitCode(), r.toString());
            JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
            List<String> failed = new ArrayList<>();
            doc.getAsJsonArray("failed_tweet_ids").forEach(e -> failed.add(e.getAsString()));
            List<String> user2Tweets = ids.stream().filter(id -> fx.data().authorOf(id) == SandboxData.userId(2))
                    .map(String::valueOf).toList();
            assertEquals(new java.util.HashSet<>(user2Tweets), new java.util.HashSet<>(failed), r.err());
            assertEquals(ids.size() - user2Tweets.size(), doc.getAsJsonObject("by_tweet").size(),
                    "the others' Tweets are fetched");
            assertEquals(0, doc.getAsJsonArray("forbidden_tweet_ids").size());
            assertEquals(1, r.err().split("The API refused the credentials of profile 'user2'", -1).length - 1, r.err());

            Cli.Result alone = cli(fx).stdin(SandboxFixture.lines(ids)).run("28hr", "-f", "json", "-m", "impressions",
                    "--config", config.toString(), "--profiles", "user2");
            assertEquals(3, alone.exitCode(), "nothing could be fetched: " + alone);
        }
    }

    @Test
    void aStoppedRunWhoseOwnerCacheChangedSinceStartsOverInsteadOfMixingBatches() throws IOException {
        try (SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().users(USERS).script("500@2"))) {
            Path config = config(fx);
            List<Long> ids = ids(fx, 75);
            String[] run = {"28hr", "-f", "json", "-m", "impressions", "--config", config.toString(),
                "--all-profiles", "--max-retries", "0", "--journal", dir.resolve("run.journal").toString()};
            Cli.Result first = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            assertEquals(1, first.exitCode(), first.toString());
            // Another run completes meanwhile and teaches the cache the owners of the same Tweets.
            Cli.Result other = cli(fx).stdin(SandboxFixture.lines(ids)).run("28hr", "-f", "json", "-m", "impressions",
                    "--config", config.toString(), "--all-profiles");
            assertEquals(0, other.exitCode(), other.toString());
            Cli.Result again = cli(fx).stdin(SandboxFixture.lines(ids)).run(run);
            JsonObject doc = json(again);
            assertTrue(again.err().contains("over: the owner cache has changed since the run stopped"), again.err());
            assertFalse(again.err().contains("Resuming from"), again.err());
            assertEquals(ids.size(), doc.getAsJsonObject("by_tweet").size(), "every Tweet once");
            assertEquals(json(other).getAsJsonObject("by_tweet"), doc.getAsJsonObject("by_tweet"));
            assertEquals(0, doc.getAsJsonArray("failed_tweet_ids").size());
        }
    }

    private static Path onlyFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
