package dev.engagement.app;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.engagement.EngagementException;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.Endpoint;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import dev.engagement.output.ResultKeys;
import dev.engagement.html.RunData;
import dev.engagement.html.RunFacts;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A JSON result this tool wrote ({@code -f json}) read as {@link RunData}, streamed: a Tweet-keyed
 * grouping is handed on one Tweet at a time. The document does not name its groupings' keys, so
 * they are read from the keys of each grouping's first entry: metric names, days
 * ({@code YYYY-MM-DD}), hours ({@code 00}-{@code 23}) and Tweet IDs (other digits).
 */
final class ResultFileData implements RunData {
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");
    private static final List<String> ID_LISTS = List.of(ResultKeys.UNAVAILABLE, ResultKeys.UNSUPPORTED_VIDEO,
            ResultKeys.UNSUPPORTED_IMPRESSIONS, ResultKeys.FORBIDDEN, ResultKeys.FAILED, ResultKeys.OUT_OF_RANGE);

    private final Path file;
    private final List<Grouping> groupings = new ArrayList<>();
    private RunFacts facts;

    private ResultFileData(Path file) {
        this.file = file;
    }

    /** Reads the document once for its facts and its groupings' keys; refuses anything that is not a result. */
    static ResultFileData open(Path file) throws IOException {
        ResultFileData d = new ResultFileData(file);
        try {
            d.scan();
        } catch (IllegalStateException | NumberFormatException | com.google.gson.JsonParseException e) {
            throw notAResult(file, e.getMessage());
        }
        return d;
    }

    private static EngagementException notAResult(Path file, String why) {
        return EngagementException.usage(file + " is not a JSON result of this tool (" + why + "); give a file "
                + "written with -f json, or a journal.");
    }

    @Override
    public RunFacts facts() {
        return facts;
    }

    @Override
    public List<Grouping> groupings() {
        return groupings;
    }

    @Override
    public List<String> metrics() {
        return List.of();
    }

    private JsonReader reader() throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return new JsonReader(in);
    }

    private void scan() throws IOException {
        String start = null;
        String end = null;
        List<TimeWindow> windows = new ArrayList<>();
        Map<String, Integer> lists = new LinkedHashMap<>();
        boolean partial = false;
        Long tweets = null;
        try (JsonReader r = reader()) {
            if (r.peek() != JsonToken.BEGIN_OBJECT) {
                throw notAResult(file, "it does not start with an object");
            }
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                if (name.equals(ResultKeys.START)) {
                    start = r.nextString();
                } else if (name.equals(ResultKeys.END)) {
                    end = r.nextString();
                } else if (name.equals(ResultKeys.WINDOWS)) {
                    r.beginArray();
                    while (r.hasNext()) {
                        windows.add(window(r));
                    }
                    r.endArray();
                } else if (ID_LISTS.contains(name)) {
                    int n = 0;
                    r.beginArray();
                    while (r.hasNext()) {
                        r.skipValue();
                        n++;
                    }
                    r.endArray();
                    lists.put(name, n);
                } else if (name.equals(ResultKeys.PARTIAL)) {
                    partial = r.nextBoolean();
                } else if (ResultKeys.RESERVED.contains(name)) {
                    r.skipValue();
                } else {
                    long entries = grouping(r, name);
                    Grouping g = groupings.isEmpty() ? null : groupings.get(groupings.size() - 1);
                    if (tweets == null && g != null && g.name().equals(name) && g.isKeyedByTweet()) {
                        tweets = entries;
                    }
                }
            }
            r.endObject();
        }
        for (String list : ID_LISTS) {
            if (!lists.containsKey(list)) {
                throw notAResult(file, "it has no " + list);
            }
        }
        String endpoint = start == null ? Endpoint.TOTALS.path() : windows.isEmpty() ? null : Endpoint.HISTORICAL.path();
        facts = new RunFacts(file.getFileName().toString(), endpoint, start, end, windows, tweets, lists, partial);
    }

    private static TimeWindow window(JsonReader r) throws IOException {
        Instant[] se = new Instant[2];
        r.beginObject();
        while (r.hasNext()) {
            String k = r.nextName();
            if (k.equals("start")) {
                se[0] = TimeRules.parseWire(r.nextString());
            } else if (k.equals("end")) {
                se[1] = TimeRules.parseWire(r.nextString());
            } else {
                r.skipValue();
            }
        }
        r.endObject();
        return new TimeWindow(se[0], se[1]);
    }

    /** Reads a grouping's first entry to learn its keys, skips the rest; the number of entries. */
    private long grouping(JsonReader r, String name) throws IOException {
        r.beginObject();
        long entries = 0;
        CountTree first = new CountTree();
        while (r.hasNext()) {
            String key = r.nextName();
            if (entries++ == 0) {
                readEntry(r, key, first);
            } else {
                r.skipValue();
            }
        }
        r.endObject();
        if (entries > 0) {
            groupings.add(new Grouping(name, keysOf(name, first)));
        }
        return entries;
    }

    private static void readEntry(JsonReader r, String key, CountTree into) throws IOException {
        if (r.peek() == JsonToken.BEGIN_OBJECT) {
            CountTreeJson.read(r, into.childOrCreate(key));
        } else {
            into.addCount(key, Long.parseLong(r.nextString()));
        }
    }

    private List<GroupKey> keysOf(String name, CountTree tree) {
        List<Set<String>> levels = new ArrayList<>();
        collect(tree, 0, levels);
        List<GroupKey> keys = new ArrayList<>();
        for (Set<String> level : levels) {
            GroupKey k = classify(level);
            if (k == null || keys.contains(k)) {
                throw notAResult(file, "the keys of grouping '" + name + "' are not Tweet IDs, metrics, days or hours: "
                        + String.join(", ", level.stream().limit(3).toList()));
            }
            keys.add(k);
        }
        return keys;
    }

    private static void collect(CountTree node, int level, List<Set<String>> levels) {
        if (levels.size() <= level) {
            levels.add(new LinkedHashSet<>());
        }
        for (int i = 0, n = node.size(); i < n; i++) {
            levels.get(level).add(node.keyAt(i));
            if (!node.isCountAt(i)) {
                collect(node.childAt(i), level + 1, levels);
            }
        }
    }

    private static GroupKey classify(Set<String> keys) {
        if (keys.stream().allMatch(k -> Metric.fromWireName(k) != null)) {
            return GroupKey.ENGAGEMENT_TYPE;
        }
        if (keys.stream().allMatch(GroupKey::isDayKey)) {
            return GroupKey.ENGAGEMENT_DAY;
        }
        if (keys.stream().allMatch(GroupKey::isHourKey)) {
            return GroupKey.ENGAGEMENT_HOUR;
        }
        if (keys.stream().allMatch(k -> DIGITS.matcher(k).matches())) {
            return GroupKey.TWEET_ID;
        }
        return null;
    }

    @Override
    public void forEachCounts(CountsVisitor visitor) throws IOException {
        Map<String, Grouping> byName = new LinkedHashMap<>();
        groupings.forEach(g -> byName.put(g.name(), g));
        try (JsonReader r = reader()) {
            r.beginObject();
            while (r.hasNext()) {
                Grouping g = byName.get(r.nextName());
                if (g == null) {
                    r.skipValue();
                    continue;
                }
                r.beginObject();
                CountTree all = new CountTree();
                while (r.hasNext()) {
                    CountTree part = g.isKeyedByTweet() ? new CountTree() : all;
                    readEntry(r, r.nextName(), part);
                    if (g.isKeyedByTweet()) {
                        visitor.visit(g, part);
                    }
                }
                r.endObject();
                if (!g.isKeyedByTweet()) {
                    visitor.visit(g, all);
                }
            }
            r.endObject();
        } catch (IllegalStateException | NumberFormatException | com.google.gson.JsonParseException e) {
            throw notAResult(file, e.getMessage());
        }
    }
}
