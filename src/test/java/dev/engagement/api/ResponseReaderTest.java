package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte reader of response bodies against Gson: the same trees from the same text, and only strict JSON read. */
class ResponseReaderTest {
    private static final String[] ODD_KEYS = {"plain", "quote\"d", "back\\slash", "tab\tin", "caf\u00e9", "\u2028",
        "emoji \uD83D\uDE00", "slash/", "\u0001control"};

    /** A grouping's compact text as the reader gave it, or null. */
    private static String compact(EngagementResponse r, String grouping) {
        byte[] text = r.compactCounts.get(grouping);
        return text == null ? null : new String(text, java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void levelsThatRepeatASiblingsKeysStillSumARepeatedKey() {
        // The second and third days repeat runs of the first day's hours; the third then repeats "01".
        String body = "{\"g\":{\"1\":{\"m\":{\"d1\":{\"00\":1,\"01\":2,\"02\":3},\"d2\":{\"01\":4,\"02\":5},"
                + "\"d3\":{\"00\":6,\"01\":7,\"01\":8}},\"n\":{\"d1\":{\"01\":9},\"d1\":{\"01\":10}}}}}";
        CountTree t = parse(body).groupings.get("g").child("1");
        assertEquals(List.of("00", "01", "02"), t.child("m").child("d1").keys());
        assertEquals(List.of("01", "02"), t.child("m").child("d2").keys());
        assertEquals(List.of("00", "01"), t.child("m").child("d3").keys());
        assertEquals(15L, t.child("m").child("d3").count("01"));
        assertEquals(19L, t.child("n").child("d1").count("01"));
        assertNull(compact(parse(body), "g"));
    }

    @Test
    void readsWhatGsonWritesCompactAndPretty() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            EngagementResponse expected = randomResponse(random);
            StringWriter compact = new StringWriter();
            ResponseJson.write(expected, compact);
            EngagementResponse read = parse(compact.toString());
            assertSame(expected, read);
            for (String g : read.groupings.keySet()) {
                String text = CountTreeJson.compact(read.groupings.get(g), false);
                boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '\\');
                assertEquals(plain ? text : null, compact(read, g), "compact text of " + g);
            }
            // The same document laid out with whitespace everywhere JSON allows it.
            JsonElement tree = JsonParser.parseString(compact.toString());
            StringWriter pretty = new StringWriter();
            JsonWriter w = new JsonWriter(pretty);
            w.setIndent(round % 2 == 0 ? "  " : "\t");
            new com.google.gson.Gson().toJson(tree, w);
            w.flush();
            EngagementResponse laidOut = parse(" \r\n" + pretty + "\n ");
            assertSame(expected, laidOut);
            laidOut.groupings.forEach((g, counts) -> assertEquals(counts.isEmpty() ? "{}" : null,
                    compact(laidOut, g), "compact text of " + g));
        }
    }

    @Test
    void aKeyIsReadWhateverItsLengthAndWhereverAnEscapeOrNonAsciiCharacterFallsInIt() throws Exception {
        String[] specials = {"\"", "\\", "\u00e9", "\uD83D\uDE00", "\n", "\u2028", "\u007f"};
        for (int before = 0; before <= 20; before++) {
            for (int after = 0; after <= 10; after++) {
                for (String special : specials) {
                    String key = "1".repeat(before) + special + "2".repeat(after);
                    StringWriter text = new StringWriter();
                    new JsonWriter(text).beginObject().name("g").beginObject().name(key).value("5").endObject()
                            .endObject().flush();
                    EngagementResponse r = parse(text.toString());
                    assertEquals(List.of(key), r.groupings.get("g").keys(), text.toString());
                    assertEquals(5L, r.groupings.get("g").count(key));
                }
                String plain = "1".repeat(before + after);
                assertEquals(List.of(plain), parse("{\"g\":{\"" + plain + "\":5}}").groupings.get("g").keys());
                String raw = "{\"g\":{\"" + "1".repeat(before) + "\u0001" + "2".repeat(after) + "\":5}}";
                assertThrows(MalformedResponseException.class, () -> parse(raw), "a raw control character at " + before);
            }
        }
    }

    @Test
    void countsAreStringsOrNumbersWithTheSameRules() {
        EngagementResponse r = parse("{\"g\":{\"1\":{\"a\":\"007\",\"b\":12,\"c\":\" 5 \",\"d\":\"9223372036854775807\","
                + "\"e\":-3,\"f\":\"\\u0034\\u0032\",\"h\":9223372036854775807,\"i\":-123456789012345678}}}");
        CountTree t = r.groupings.get("g").child("1");
        assertEquals(7L, t.count("a"));
        assertEquals(12L, t.count("b"));
        assertEquals(5L, t.count("c"));
        assertEquals(Long.MAX_VALUE, t.count("d"));
        assertEquals(-3L, t.count("e"));
        assertEquals(42L, t.count("f"));
        assertEquals(Long.MAX_VALUE, t.count("h"));
        assertEquals(-123456789012345678L, t.count("i"));
    }

    @Test
    void theCompactTextIsTheTreesOnlyWhenTheBodyHeldItSo() {
        String same = "{\"1\":{\"a\":5,\"b\":-2,\"c\":0},\"2\":{\"a\":10}}";
        assertEquals(same, compact(parse("{\"g\":{\"1\":{\"a\":\"5\",\"b\":-2,\"c\":\"0\"},\"2\":{\"a\":10}}}"),
                "g"));
        for (String body : new String[] {"{\"g\":{\"1\":{\"a\":\"05\"}}}", "{\"g\":{\"1\":{\"a\":\"+5\"}}}",
            "{\"g\":{\"1\":{\"a\":\" 5\"}}}", "{\"g\":{\"1\":{\"a\":\"5\",\"a\":\"1\"}}}",
            "{\"g\":{\"1\":{\"a\":\"5\"},\"1\":{\"b\":\"1\"}}}", "{\"g\":{\"1\":{\"\\u0061\":\"5\"}}}",
            "{\"g\":{\"1\":{\"caf\u00e9\":\"5\"}}}", "{\"g\":{\"1\": {\"a\":\"5\"}}}", "{\"g\":{\"1\":{\"a\":-0}}}",
            "{\"g\":{\"1\":{\"a\":\"\\u0035\"}}}"}) {
            EngagementResponse r = parse(body);
            assertNull(compact(r, "g"), body);
        }
    }

    @Test
    void aCountMemberThatLeavesTheCommonFormAnywhereIsStillReadAsGsonReadsIt() throws Exception {
        // Each breaks "17":"4" at one place: the name's length, an escape, a space, the quotes, the digits.
        String[] members = {"\"1234567\":\"4\"", "\"12345678\":\"4\"", "\"123456789012345\":\"4\"",
            "\"1234567890123456\":\"4\"", "\"123456789\\u0030\":\"4\"", "\"12345678901\u00e9\":\"4\"",
            "\"\":\"4\"", "\"1\\u0037\":\"4\"",
            "\"17\" :\"4\"", "\"17\": \"4\"", "\"17\":4", "\"17\":\"04\"", "\"17\":\"0\"",
            "\"17\":\"1234567890123456789\"", "\"17\":\"123456789012345678\"", "\"17\":\"4\" ", "\"caf\u00e9\":\"4\"",
            "\"17\":\"-4\"", "\"1\":\"4\"", "\"170\":\"4\"", "\"17\":\"12345678\"", "\"17\":\"1234567\"",
            "\"16\":\"4\""};
        for (String member : members) {
            // The third body's first level makes "17" the expected name after "16" in the next, and a grouping
            // after "g" keeps the member well before the body's end.
            for (String body : new String[] {"{\"g\":{\"1\":{" + member + "}}}",
                "{\"g\":{\"1\":{\"16\":\"3\"," + member + ",\"18\":\"5\"}}}",
                "{\"g\":{\"0\":{\"16\":\"1\",\"17\":\"2\",\"18\":\"3\"},\"1\":{\"16\":\"3\"," + member
                        + ",\"18\":\"5\"}},\"pad\":{\"p\":\"1\",\"the last member of the body\":\"1\"}}"}) {
                CountTree expected = new CountTree();
                com.google.gson.stream.JsonReader gson = new com.google.gson.stream.JsonReader(
                        new java.io.StringReader(body));
                gson.beginObject();
                gson.nextName();
                CountTreeJson.read(gson, expected);
                EngagementResponse read = parse(body);
                assertEquals(expected, read.groupings.get("g"), body);
                String text = CountTreeJson.compact(expected, false);
                boolean compactBody = !member.contains(" ") && !member.contains("\\") && !member.contains("\"04\"")
                        && !member.contains("\u00e9") && !(member.startsWith("\"16\"") && body.contains("\"16\":\"3\""));
                assertEquals(compactBody ? text : null, compact(read, "g"), body);
            }
        }
        assertThrows(MalformedResponseException.class, () -> parse("{\"g\":{\"1\":{\"17\":\"4x\"}}}"));
        assertThrows(MalformedResponseException.class, () -> parse("{\"g\":{\"1\":{\"17\":\"\"}}}"));
    }

    @Test
    void theCompactTextHoldsEveryPieceWhateverItsLengthAndHowNearTheEndOfTheBody() {
        for (int keyLength = 0; keyLength <= 24; keyLength++) {
            for (int digits = 1; digits <= 18; digits++) {
                for (int after = 0; after <= 3; after++) {
                    String key = "k".repeat(keyLength);
                    String count = "9".repeat(digits);
                    StringBuilder body = new StringBuilder("{\"g\":{\"1\":{\"").append(key).append("\":\"")
                            .append(count).append('"');
                    StringBuilder expected = new StringBuilder("{\"1\":{\"").append(key).append("\":").append(count);
                    for (int k = 0; k < after; k++) {
                        body.append(",\"x").append(k).append("\":\"").append(k).append('"');
                        expected.append(",\"x").append(k).append("\":").append(k);
                    }
                    String text = body.append("}}}").toString();
                    assertEquals(expected.append("}}").toString(), compact(parse(text), "g"), text);
                }
            }
        }
    }

    @Test
    void readsScalarsListsAndErrorsInTheirForms() {
        EngagementResponse r = parse("\uFEFF{\"start\":null,\"end\":\"2026-01-01T00:00:00Z\",\"unavailable_tweet_ids\":[\"1\",2],"
                + "\"errors\":[\"one\",{\"code\":88,\"message\":\"two\",\"x\":[1,{\"y\":null}]},{\"code\":1}],"
                + "\"other\":[true,false,null,1.5e-3,{}],\"empty\":{}}");
        assertNull(r.start);
        assertEquals("2026-01-01T00:00:00Z", r.end);
        assertEquals(List.of("1", "2"), r.unavailableTweetIds);
        assertEquals(List.of("one", "two", "(error without message)"), r.errors);
        assertEquals(new CountTree(), r.groupings.get("empty"));
        assertEquals(List.of("single"), parse("{\"errors\":\"single\"}").errors);
    }

    @Test
    void everyCutOfABodyIsMalformed() throws Exception {
        EngagementResponse full = randomResponse(new Random(3));
        StringWriter body = new StringWriter();
        ResponseJson.write(full, body);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            assertThrows(MalformedResponseException.class, () -> ResponseJson.parse(part), "cut at " + cut);
        }
    }

    @Test
    void refusesWhatIsNotStrictJson() {
        for (String body : new String[] {"", "   ", "<html>oops", "[]", "\"x\"", "{\"g\":{\"1\":{\"a\":\"1\"}}} x",
            "{\"g\":{\"1\":{\"a\":true}}}", "{\"g\":{\"1\":{\"a\":null}}}", "{\"g\":{\"1\":{\"a\":[1]}}}",
            "{\"g\":{\"1\":{\"a\":\"1.5\"}}}", "{\"g\":{\"1\":{\"a\":1.5}}}", "{\"g\":{\"1\":{\"a\":01}}}",
            "{\"g\":{\"1\":{\"a\":\"\"}}}", "{\"g\":{\"1\":{\"a\":\"x\"}}}", "{'g':{}}", "{g:{}}", "{\"g\":{},}",
            "{\"g\":{}\"h\":{}}", "{\"g\":{\"a\":1,}}", "{\"a\":\"tab\tinside\"}", "{\"a\":\"\\x\"}",
            "{\"a\":\"\\u12\"}", "{\"a\":tru}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":[1,]}",
            "{\"errors\":[null]}", "{\"unavailable_tweet_ids\":[true]}", "{\"start\":{}}", "{} {}",
            "{\"g\":{\"1\":{\"a\":\"99999999999999999999\"}}}", "{\"g\":{\"1\":{\"a\":99999999999999999999}}}",
            "{\"g\":{\"1\":{\"a\":1e2}}}", "{\"g\":{\"1\":{\"a\":-01}}}", "{\"g\":{\"1\":{\"a\":00}}}"}) {
            assertThrows(MalformedResponseException.class, () -> parse(body), body);
        }
        String deep = "{\"g\":" + "{\"k\":".repeat(100) + "1" + "}".repeat(101);
        assertThrows(MalformedResponseException.class, () -> parse(deep));
    }

    @Test
    void shortKeysAlikeInTheirFirstBytesStayApart() {
        List<String> alike = new java.util.ArrayList<>(List.of("abcdefgh", "abcdefgh1", "abcdefgh2", "abcdefgh12345678",
                "abcdefgh12345679", "abcdefgh123456789", "a", "b", "ab", "ba", ""));
        // More keys than the reader keeps, all alike in their first eight bytes and their length.
        for (int k = 0; k < 400; k++) {
            alike.add(String.format("abcdefgh%08d", k));
        }
        String[] keys = alike.toArray(new String[0]);
        for (String quote : new String[] {"", "\""}) { // counts as numbers, and as strings (the compact form)
            StringBuilder body = new StringBuilder("{\"g\":{");
            for (int tweet = 1; tweet <= 3; tweet++) {
                body.append(tweet == 1 ? "" : ",").append("\"").append(tweet).append("\":{");
                for (int k = 0; k < keys.length; k++) {
                    body.append(k == 0 ? "" : ",").append("\"").append(keys[k]).append("\":").append(quote)
                            .append(tweet * 100 + k).append(quote);
                }
                body.append('}');
            }
            CountTree g = parse(body.append("}}").toString()).groupings.get("g");
            for (int tweet = 1; tweet <= 3; tweet++) {
                CountTree t = g.child(Integer.toString(tweet));
                assertEquals(List.of(keys), t.keys());
                for (int k = 0; k < keys.length; k++) {
                    assertEquals(tweet * 100L + k, t.count(keys[k]), keys[k]);
                }
            }
        }
        assertEquals(7L, parse("{\"ab\":{\"c\":7}}").groupings.get("ab").count("c"));
    }

    @Test
    void aTreeOfHundredsOfKeysFindsEveryKeyAgain() {
        StringBuilder body = new StringBuilder("{\"g\":{");
        for (int k = 0; k < 600; k++) {
            body.append(k == 0 ? "" : ",").append("\"").append(1_000_000 + k).append("\":{\"a\":\"").append(k).append("\"}");
        }
        // Keys given twice add up, as they always have.
        body.append(",\"1000005\":{\"a\":\"10\"}}}");
        CountTree g = parse(body.toString()).groupings.get("g");
        assertEquals(600, g.size());
        for (int k = 0; k < 600; k++) {
            assertEquals(k == 5 ? 15L : (long) k, g.child(Integer.toString(1_000_000 + k)).count("a"));
        }
    }

    private static EngagementResponse parse(String body) {
        return ResponseJson.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSame(EngagementResponse expected, EngagementResponse actual) {
        assertEquals(expected.start, actual.start);
        assertEquals(expected.end, actual.end);
        assertEquals(expected.errors, actual.errors);
        assertEquals(expected.unavailableTweetIds, actual.unavailableTweetIds);
        assertEquals(expected.unsupportedForVideoViewsTweetIds, actual.unsupportedForVideoViewsTweetIds);
        assertEquals(expected.unsupportedForImpressionsEngagementsTweetIds,
                actual.unsupportedForImpressionsEngagementsTweetIds);
        assertEquals(expected.groupings.keySet(), actual.groupings.keySet());
        for (String g : expected.groupings.keySet()) {
            assertEquals(expected.groupings.get(g), actual.groupings.get(g), g);
            assertEquals(CountTreeJson.compact(expected.groupings.get(g), false),
                    CountTreeJson.compact(actual.groupings.get(g), false), "key order of " + g);
        }
    }

    private static EngagementResponse randomResponse(Random random) {
        EngagementResponse r = new EngagementResponse();
        r.start = random.nextBoolean() ? "2026-11-0" + (1 + random.nextInt(9)) + "T00:00:00Z" : null;
        r.end = r.start == null ? null : "2026-11-20T00:00:00Z";
        for (int k = random.nextInt(3); k > 0; k--) {
            r.unavailableTweetIds.add(Long.toString(1 + random.nextInt(1_000_000)));
        }
        if (random.nextInt(4) == 0) {
            r.errors.add("Forbidden to access tweets: " + random.nextInt(100) + " " + key(random));
        }
        for (int g = 1 + random.nextInt(2); g > 0; g--) {
            CountTree tree = new CountTree();
            int depth = 1 + random.nextInt(4);
            for (int leaf = random.nextInt(40); leaf > 0; leaf--) {
                String[] path = new String[depth];
                for (int d = 0; d < depth; d++) {
                    path[d] = d == 0 ? Long.toString(1_000 + random.nextInt(30)) : key(random);
                }
                tree.add(path, random.nextInt(5) == 0 ? Long.MAX_VALUE / 4 : random.nextInt(100_000));
            }
            r.groupings.put("grouping " + key(random) + g, tree);
        }
        return r;
    }

    private static String key(Random random) {
        return random.nextInt(3) == 0 ? ODD_KEYS[random.nextInt(ODD_KEYS.length)] : "k" + random.nextInt(12);
    }
}
