package dev.engagement.sandbox;

import static dev.engagement.sandbox.SandboxFixture.body;
import static dev.engagement.sandbox.SandboxFixture.errors;
import static dev.engagement.sandbox.SandboxFixture.grouping;
import static dev.engagement.sandbox.SandboxFixture.json;
import static dev.engagement.sandbox.SandboxFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.engagement.api.ApiMessages;
import dev.engagement.sandbox.SandboxFixture.Auth;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Spec 5: the error body, unowned Tweets (5.3), deleted and protected Tweets (5.4). */
class ContractErrorsTest {

    private static Instant created(SandboxFixture f) {
        return f.now().minus(Duration.ofDays(4));
    }

    @Test
    void unownedTweetsRejectTheWholeRequestOneMessagePerAuthor() {
        try (SandboxFixture f = SandboxFixture.start()) {
            List<Long> mine = f.ids(created(f), 2, f::owned);
            long other1 = f.id(created(f), x -> f.foreign(x) && f.data.authorOf(x) == SandboxData.OTHER_USER_ID);
            List<Long> third = f.ids(created(f), 2,
                    x -> f.foreign(x) && f.data.authorOf(x) == SandboxData.THIRD_PARTY_AUTHORS.get(0));
            List<Long> ids = new ArrayList<>(mine);
            ids.add(third.get(0));
            ids.add(other1);
            ids.add(third.get(1));
            for (String e : List.of("totals", "28hr", "historical")) {
                RawHttp.Response r = f.post(e, body(ids, List.of("favorites"), grouping("g", "tweet.id", "engagement.type")));
                assertEquals(403, r.status());
                assertEquals(List.of("Forbidden to access tweets: " + third.get(0) + ", " + third.get(1),
                        "Forbidden to access tweets: " + other1), errors(r));
                assertEquals(1, json(r).size(), "no partial data");
                assertEquals(third.stream().map(String::valueOf).toList(),
                        ApiMessages.parseForbiddenTweetIds(errors(r).get(0)));
            }
            // The other user's token owns other1 but not mine.
            RawHttp.Response r = f.post(Auth.OTHER, "totals", body(List.of(other1), List.of("impressions"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertEquals(200, r.status(), r.body());
            RawHttp.Response r2 = f.post(Auth.OTHER, "28hr", body(List.of(other1, mine.get(0)), List.of("impressions"),
                    grouping("g", "tweet.id")));
            assertEquals(List.of("Forbidden to access tweets: " + mine.get(0)), errors(r2));
        }
    }

    @Test
    void legacyWordingNamesTheAuthor() {
        try (SandboxFixture f = SandboxFixture.start(b -> b.legacyForbiddenWording(true))) {
            long mine = f.id(created(f), f::owned);
            List<Long> theirs = f.ids(created(f), 2, x -> f.foreign(x) && f.data.authorOf(x) == SandboxData.OTHER_USER_ID);
            RawHttp.Response r = f.post("totals", body(List.of(mine, theirs.get(0), theirs.get(1)), List.of("favorites"),
                    grouping("g", "tweet.id")));
            assertEquals(403, r.status());
            assertEquals(List.of("Forbidden to access tweets for author id " + SandboxData.OTHER_USER_ID + ": "
                    + theirs.get(0) + ", " + theirs.get(1)), errors(r));
        }
    }

    @Test
    void deletedTweetsArePartialSuccessAndAllDeletedIs400() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long mine = f.id(created(f), f::owned);
            List<Long> deleted = f.ids(created(f), 2, f.data::isDeleted);
            long notYet = SandboxData.idAt(f.now().plus(Duration.ofMinutes(5)), 0);
            RawHttp.Response r = f.post("totals", body(List.of(deleted.get(0), mine, notYet), List.of("favorites"),
                    grouping("g", "tweet.id", "engagement.type")));
            assertEquals(200, r.status(), r.body());
            JsonObject o = json(r);
            assertEquals(List.of(deleted.get(0).toString(), Long.toString(notYet)), strings(o, "unavailable_tweet_ids"));
            assertFalse(o.has("errors"));
            assertEquals(1, o.getAsJsonObject("g").size(), "unavailable IDs are not in groupings");
            RawHttp.Response all = f.post("28hr", body(deleted, List.of("favorites"), grouping("g", "tweet.id")));
            assertEquals(400, all.status());
            assertEquals("{\"errors\":[\"2 Tweet ID(s) are unavailable\"],\"unavailable_tweet_ids\":[\""
                    + deleted.get(0) + "\",\"" + deleted.get(1) + "\"]}", all.body());
        }
        try (SandboxFixture f = SandboxFixture.start(b -> b.addUnavailableError(true))) {
            long mine = f.id(created(f), f::owned);
            long deleted = f.id(created(f), f.data::isDeleted);
            RawHttp.Response r = f.post("totals", body(List.of(deleted, mine), List.of("favorites"), grouping("g", "tweet.id")));
            assertEquals(200, r.status());
            assertEquals(List.of("1 Tweet ID(s) are unavailable"), errors(r));
        }
    }

    @Test
    void protectedTweetsAre400EvenForTheOwnerAndForAppOnly() {
        try (SandboxFixture f = SandboxFixture.start()) {
            long mine = f.id(created(f), f::owned);
            long prot = f.id(created(f), x -> f.data.isProtected(x) && f.data.authorOf(x) == SandboxData.SANDBOX_USER_ID);
            for (Auth a : List.of(Auth.USER, Auth.BEARER)) {
                RawHttp.Response r = f.post(a, "totals", body(List.of(mine, prot), List.of("favorites"), grouping("g", "tweet.id")));
                assertEquals(400, r.status());
                assertEquals(List.of(ApiMessages.PROTECTED_UNAVAILABLE), errors(r));
                assertEquals("Tweet ID(s) are unavailable", errors(r).get(0));
                assertEquals(List.of(Long.toString(prot)), strings(json(r), "unavailable_tweet_ids"));
            }
        }
    }

    @Test
    void errorBodiesAreArraysOfStrings() {
        try (SandboxFixture f = SandboxFixture.start()) {
            RawHttp.Response r = f.post("totals", "{}");
            assertEquals(400, r.status());
            JsonObject o = json(r);
            assertEquals(1, o.size());
            assertTrue(o.getAsJsonArray("errors").get(0).getAsJsonPrimitive().isString());
            assertFalse(errors(r).get(0).endsWith(";"));
            Map<String, Object> sorted = new TreeMap<>();
            o.entrySet().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            assertEquals(List.of("errors"), new ArrayList<>(sorted.keySet()));
        }
    }
}
