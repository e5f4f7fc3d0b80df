package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseJsonTest {
    @Test
    void parsesTheDocumentedVideoViewsExample() {
        EngagementResponse r = ResponseJson.parse(bytes("{\"unsupported_for_video_views_tweet_ids\":"
                + "[\"479311209565413376\",\"477139122520219648\"],\"grouping name\":{\"479311209565413376\":"
                + "{\"favorites\":\"69\",\"impressions\":\"1692\",\"retweets\":\"142\",\"video_views\":\"0\"},"
                + "\"1397568983931392004\":{\"favorites\":\"268\",\"video_views\":17902}}}"));
        assertEquals(List.of("479311209565413376", "477139122520219648"), r.unsupportedForVideoViewsTweetIds);
        CountTree g = r.groupings.get("grouping name");
        assertEquals(1692L, g.child("479311209565413376").count("impressions"));
        assertEquals(17902L, g.child("1397568983931392004").count("video_views"));
    }

    @Test
    void readsErrorsAsStringsOrObjects() {
        assertEquals(List.of("Forbidden to access tweets: 1"), ResponseJson.parse(bytes(
                "{\"errors\":[\"Forbidden to access tweets: 1\"]}")).errors);
        assertEquals(List.of("Rate limit exceeded"), ResponseJson.parse(bytes(
                "{\"errors\":[{\"code\":88,\"message\":\"Rate limit exceeded\"}]}")).errors);
    }

    @Test
    void garbageIsMalformed() {
        assertThrows(MalformedResponseException.class, () -> ResponseJson.parse(bytes("<html>oops")));
        assertThrows(MalformedResponseException.class, () -> ResponseJson.parse(bytes("{\"g\":{\"1\":")));
    }

    @Test
    void roundTripsWithStringCounts() throws Exception {
        EngagementResponse r = new EngagementResponse();
        r.start = "2015-09-14T17:00:00Z";
        r.end = "2015-09-15T22:00:00Z";
        CountTree t = new CountTree();
        t.add(new String[] {"123", "impressions", "2015-09-14", "17"}, 551);
        r.groupings.put("hourly", t);
        StringWriter w = new StringWriter();
        ResponseJson.write(r, w);
        assertEquals("{\"start\":\"2015-09-14T17:00:00Z\",\"end\":\"2015-09-15T22:00:00Z\",\"hourly\":{\"123\":"
                + "{\"impressions\":{\"2015-09-14\":{\"17\":\"551\"}}}}}", w.toString());
        assertEquals(t, ResponseJson.parse(bytes(w.toString())).groupings.get("hourly"));
    }

    @Test
    void parsesForbiddenIdsInBothWordings() {
        assertEquals(List.of("1054424731825229824"),
                ApiMessages.parseForbiddenTweetIds("Forbidden to access tweets: 1054424731825229824"));
        assertEquals(List.of("1", "22", "333"),
                ApiMessages.parseForbiddenTweetIds("Forbidden to access tweets for author id 99: 1, 22, 333"));
        assertEquals(List.of(), ApiMessages.parseForbiddenTweetIds("Forbidden to access metrics: impressions"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
