package dev.engagement.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.engagement.input.InputFixture.A;
import static dev.engagement.input.InputFixture.B;
import static dev.engagement.input.InputFixture.C;
import static dev.engagement.input.InputFixture.D;
import static dev.engagement.input.InputFixture.E;
import static dev.engagement.input.InputFixture.F;
import static dev.engagement.input.InputFixture.ORIGINALS;
import static dev.engagement.input.InputFixture.SKIP_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonInputTest {
    @TempDir
    Path dir;

    /** A v1.1 array: a Tweet, a retweet of C (retweeted_status first), and a Tweet whose numeric id was rounded. */
    private String v11Tweets(InputFixture input) {
        return input.write("tweets-v1.json", "[\n"
                + "  {\"created_at\": \"Tue Jan 14 09:30:12 +0000 2025\", \"id\": " + A + ", \"id_str\": \"" + A + "\","
                + " \"text\": \"Liftoff!\", \"user\": {\"id\": 11348282, \"id_str\": \"11348282\"}},\n"
                + "  {\"retweeted_status\": {\"id\": " + C + ", \"id_str\": \"" + C + "\", \"text\": \"Original\"},"
                + " \"id_str\": \"" + B + "\", \"id\": " + B + ", \"text\": \"RT @esa: Original\"},\n"
                + "  {\"id\": 1954304348023703600, \"id_str\": \"" + D + "\", \"quoted_status\": {\"id_str\": \"" + E + "\"}}\n"
                + "]\n");
    }

    @Test
    void v11TweetsContributeTheirOwnIdFromIdStr() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(A, B, D), input.read(v11Tweets(input)));
    }

    @Test
    void v11RetweetContributesTheOriginalWithOriginals() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(A, C, D), input.read(ORIGINALS, v11Tweets(input)));
    }

    @Test
    void numericIdIsReadAsWrittenWhenThereIsNoIdStr() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("numeric.json", "[{\"id\": " + A + "}, {\"id\": 9223372036854775807}]");
        assertEquals(List.of(A, Long.MAX_VALUE), input.read(file));
    }

    @Test
    void v2ResponsesWithDataArrayOrObject() {
        InputFixture input = new InputFixture(dir);
        String page = input.write("tweets-v2.json", "{\n"
                + "  \"data\": [\n"
                + "    {\"id\": \"" + A + "\", \"text\": \"hello\", \"edit_history_tweet_ids\": [\"" + A + "\"]},\n"
                + "    {\"id\": \"" + B + "\", \"text\": \"RT @esa: hi\", \"referenced_tweets\": [{\"type\": \"retweeted\", \"id\": \"" + C + "\"}]},\n"
                + "    {\"id\": \"" + D + "\", \"referenced_tweets\": [{\"type\": \"quoted\", \"id\": \"" + E + "\"}]}\n"
                + "  ],\n"
                + "  \"includes\": {\"tweets\": [{\"id\": \"" + C + "\"}, {\"id\": \"" + E + "\"}]},\n"
                + "  \"meta\": {\"result_count\": 3, \"next_token\": \"b26v89c19zqg8o3f\"}\n"
                + "}\n");
        String single = input.write("single-v2.json", "{\"data\": {\"id\": \"" + F + "\", \"text\": \"one\"}}");
        assertEquals(List.of(A, B, D, F), input.read(page, single));
        assertEquals(List.of(A, C, D, F), input.read(ORIGINALS, page, single));
    }

    @Test
    void v2PageWithoutDataIsNotAnError() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("empty-v2.json", "{\"meta\": {\"result_count\": 0}}\n{\"errors\": [{\"detail\": \"Not Found\"}]}");
        assertEquals(List.of(), input.read(file));
        assertEquals(List.of(), input.warnings);
    }

    @Test
    void activityStreamsNdjsonWithShareAndInfoLines() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("activity-streams.ndjson",
                "{\"id\":\"tag:search.twitter.com,2005:" + A + "\",\"verb\":\"post\",\"object\":{\"objectType\":\"note\",\"id\":\"object:search.twitter.com,2005:" + A + "\"}}\n"
                        + "{\"verb\":\"share\",\"object\":{\"id\":\"tag:search.twitter.com,2005:" + C + "\",\"verb\":\"post\"},\"id\":\"tag:search.twitter.com,2005:" + B + "\"}\n"
                        + "\n"
                        + "{\"info\":{\"message\":\"Replay Request Completed\",\"sent\":\"2026-01-07T11:22:09+00:00\",\"activity_count\":2}}\n");
        assertEquals(List.of(A, B), input.read(file));
        assertEquals(List.of(A, C), input.read(ORIGINALS, file));
    }

    @Test
    void searchPagesWithStatusesOrResults() {
        InputFixture input = new InputFixture(dir);
        String standard = input.write("search.json",
                "{\"statuses\": [{\"id_str\": \"" + A + "\"}, {\"id_str\": \"" + B + "\"}], \"search_metadata\": {\"count\": 2}}");
        String premium = input.write("premium.json",
                "{\"results\": [{\"id_str\": \"" + C + "\", \"retweeted_status\": {\"id_str\": \"" + D + "\"}}], \"next\": \"eyJhdXRoZW50aWNpdHki\","
                        + " \"requestParameters\": {\"maxResults\": 100}}");
        assertEquals(List.of(A, B, C), input.read(standard, premium));
        assertEquals(List.of(A, B, D), input.read(ORIGINALS, standard, premium));
    }

    @Test
    void severalPrettyPrintedDocumentsInARowAndArraysOfPages() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("pages.json", "{\n  \"id_str\": \"" + A + "\"\n}\n{\n  \"id_str\": \"" + B + "\"\n}\n"
                + "[{\"data\": [{\"id\": \"" + C + "\"}]}, {\"statuses\": [{\"id_str\": \"" + D + "\"}]}]\n");
        assertEquals(List.of(A, B, C, D), input.read(file));
    }

    @Test
    void arraysOfIdStringsOrNumbers() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("ids.json", "[\"" + A + "\", " + B + ", \"" + A + "\"]");
        assertEquals(List.of(A, B), input.read(file));
        assertEquals(List.of(3L, 2L, 1L, 0L, 0L), InputFixture.counts(input.summary));
    }

    @Test
    void objectWithoutIdIsAnInvalidRecordAtItsLine() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("tweets.ndjson", "{\"id_str\":\"" + A + "\"}\n{\"text\":\"no id\"}\n{\"id_str\":\"" + B + "\"}\n");
        assertEquals(file + ":2: this JSON object has no Tweet ID (no \"id_str\" or \"id\")."
                + " Use --skip-invalid to skip invalid lines and go on.", input.failure(file));
        assertEquals(List.of(A, B), input.read(SKIP_INVALID, file));
        assertEquals(List.of(file + ":2: skipped: this JSON object has no Tweet ID (no \"id_str\" or \"id\")."), input.warnings);
    }

    @Test
    void badIdValueIsReportedAtTheLineOfItsTweet() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("tweets.json", "[\n  {\"id_str\": \"" + A + "\"},\n  {\"id\": 1.8790986816654913E18}\n]");
        String message = input.failure(file);
        assertTrue(message.startsWith(file + ":3: \"1.8790986816654913E18\" is in scientific notation"), message);
    }

    @Test
    void malformedJsonStopsEvenWhenSkippingInvalidLines() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("broken.ndjson", "{\"id_str\":\"" + A + "\"}\n{\"id_str\":\"" + B + "\",}}\n");
        String message = input.failure(SKIP_INVALID, InputFixture.noStdin(), file);
        assertTrue(message.startsWith(file + ":2: not valid JSON: "), message);
        assertTrue(!message.contains("https://github.com"), message);
    }

    @Test
    void truncatedJsonIsReported() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("truncated.json", "[\n{\"id_str\":\"" + A + "\"},\n{\"id_str\":\"");
        String message = input.failure(file);
        assertTrue(message.startsWith(file + ":3: not valid JSON: "), message);
    }
}
