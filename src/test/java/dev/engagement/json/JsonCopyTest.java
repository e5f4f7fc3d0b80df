package dev.engagement.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Counts copied as JSON text read exactly as if Gson had written them: the compact encoding, the members
 * found in it, and the pretty layout at a depth.
 */
class JsonCopyTest {
    private static final String ODD = "\"\\\t\b\n\r\f\u0001\u001f\u2028\u2029/é漢\uD83D\uDE00<>&='";

    @Test
    void compactCountsAreWhatGsonWrites() throws IOException {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            CountTree tree = tree(random, 1 + random.nextInt(3));
            for (boolean asStrings : new boolean[] {false, true}) {
                StringWriter gson = new StringWriter();
                CountTreeJson.write(new JsonWriter(gson), tree, asStrings);
                assertEquals(gson.toString(), CountTreeJson.compact(tree, asStrings));
            }
        }
    }

    @Test
    void prettyLayoutAtADepthIsWhatGsonsPrettyWriterWrites() throws IOException {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            CountTree tree = tree(random, 1 + random.nextInt(3));
            StringWriter expected = new StringWriter();
            JsonWriter w = new JsonWriter(expected);
            w.setIndent("  ");
            w.beginObject().name("grouping").beginObject();
            for (int k = 0; k < tree.size(); k++) {
                w.name(tree.keyAt(k));
                if (tree.isCountAt(k)) {
                    w.value(tree.countAt(k));
                } else {
                    CountTreeJson.write(w, tree.childAt(k), false);
                }
            }
            w.endObject().endObject().flush();

            String compact = CountTreeJson.compact(tree, false);
            StringWriter copied = new StringWriter();
            JsonWriter c = new JsonWriter(copied);
            c.setIndent("  ");
            c.beginObject().name("grouping").beginObject();
            JsonSpans.members(compact, 0, (name, start, end) -> c.name(name).jsonValue(
                    PrettyJson.indent(compact, start, end, 2, "  ")));
            c.endObject().endObject().flush();
            assertEquals(expected.toString(), copied.toString());
        }
    }

    @Test
    void membersAreFoundByNameWithEscapesAndSpaceAround() throws IOException {
        String json = " { \"a\\\"b\" : [1, {\"x\": \"}\"}] , \"groupings\" :{\"g\":{\"1\":2}} } ";
        int groupings = JsonSpans.member(json, 0, "groupings");
        int g = JsonSpans.member(json, groupings, "g");
        assertEquals("{\"1\":2}", json.substring(g, JsonSpans.valueEnd(json, g)));
        assertEquals(-1, JsonSpans.member(json, 0, "missing"));
        List<String> names = new ArrayList<>();
        JsonSpans.members(json, 0, (name, start, end) -> names.add(name));
        assertEquals(List.of("a\"b", "groupings"), names);
        assertThrows(IllegalArgumentException.class, () -> JsonSpans.member("{\"a\":{\"b\":1}", 0, "c"));
        assertThrows(IllegalArgumentException.class, () -> JsonSpans.member("[1]", 0, "a"));
    }

    private static CountTree tree(Random random, int depth) {
        CountTree tree = new CountTree();
        int width = random.nextInt(4);
        String[] path = new String[depth];
        for (int i = 0; i < width * depth + 1; i++) {
            for (int level = 0; level < depth; level++) {
                path[level] = key(random);
            }
            tree.add(path, random.nextInt(3) == 0 ? 0 : random.nextLong() >>> random.nextInt(64));
        }
        return tree;
    }

    private static String key(Random random) {
        StringBuilder key = new StringBuilder();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            key.append(random.nextBoolean() ? (char) ('0' + random.nextInt(10)) : ODD.charAt(random.nextInt(ODD.length())));
        }
        return key.toString();
    }
}
