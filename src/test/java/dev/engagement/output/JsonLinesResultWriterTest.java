package dev.engagement.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Tweet's line is the line Gson's compact writer writes for it, whatever its keys and counts hold. */
class JsonLinesResultWriterTest {
    static final List<String> AWKWARD = List.of("1234567890123456789", "say \"hi\"", "back\\slash", "tab\there",
            "nul\u0000", "unit\u001f", "line\u2028sep", "para\u2029", "données", "📈", "<html>&'=", "");

    static String gsonLine(Grouping g, String tweet, String profile, CountTree counts, int i) throws IOException {
        StringWriter text = new StringWriter();
        JsonWriter w = new JsonWriter(text);
        w.beginObject().name("grouping").value(g.name()).name("tweet_id").value(tweet);
        if (profile != null) {
            w.name(ResultKeys.PROFILE).value(profile);
        }
        if (counts.isCountAt(i)) {
            w.name("count").value(counts.countAt(i));
        } else {
            w.name("counts");
            CountTreeJson.write(w, counts.childAt(i), false);
        }
        w.endObject();
        w.flush();
        return text + "\n";
    }

    static String written(Grouping g, CountTree counts, TweetProfiles profiles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLinesResultWriter(out, List.of(g), List.of("impressions"), profiles).tweetCounts(g, counts);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesOfTweetsWithLevelsAreGsonsLines() throws IOException {
        Grouping g = new Grouping("by \"tweet\"\u2028", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE,
                GroupKey.ENGAGEMENT_DAY));
        CountTree counts = new CountTree();
        long count = 1;
        for (String tweet : AWKWARD) {
            for (String type : AWKWARD) {
                counts.add(new String[] {tweet, type, "2026-12-02"}, count);
                counts.add(new String[] {tweet, type, "2026-12-03"}, -count);
                count = count * 31 % 1_000_000_000_000_000_003L;
            }
        }
        TweetProfiles profiles = id -> id.isEmpty() ? null : "team \"" + id + "\"";
        for (TweetProfiles p : new TweetProfiles[] {null, profiles}) {
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < counts.size(); i++) {
                expected.append(gsonLine(g, counts.keyAt(i), p == null ? null : p.of(counts.keyAt(i)), counts, i));
            }
            assertEquals(expected.toString(), written(g, counts, p));
        }
    }

    @Test
    void linesOfTweetsWithACountEachAreGsonsLines() throws IOException {
        Grouping g = new Grouping("all", List.of(GroupKey.TWEET_ID));
        CountTree counts = new CountTree();
        long[] values = {0, 7, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int i = 0; i < AWKWARD.size(); i++) {
            counts.addCount(AWKWARD.get(i), values[i % values.length]);
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            expected.append(gsonLine(g, counts.keyAt(i), null, counts, i));
        }
        assertEquals(expected.toString(), written(g, counts, null));
    }
}
