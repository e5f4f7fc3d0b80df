package dev.engagement.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/**
 * Tidy CSV rows of a grouping, for keys in any order and depth, are the rows Commons CSV prints for
 * each leaf of the tree: its key in each key's column, empty cells elsewhere, the count, the profile.
 */
class CsvResultWriterTest {
    static final List<GroupKey> COLUMNS = List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE,
            GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR);

    static String expected(Grouping g, CountTree tree, TweetProfiles profiles) {
        StringBuilder out = new StringBuilder();
        tree.forEachLeaf(g.depth(), (path, count) -> {
            List<String> row = new ArrayList<>(Arrays.asList(g.name(), "", "", "", "", Long.toString(count)));
            for (int i = 0; i < path.length; i++) {
                row.set(1 + COLUMNS.indexOf(g.keys().get(i)), path[i]);
            }
            if (profiles != null) {
                String p = g.isKeyedByTweet() ? profiles.of(path[0]) : null;
                row.add(p == null ? "" : p);
            }
            out.append(CSVFormat.RFC4180.format(row.toArray())).append("\r\n");
        });
        return out.toString();
    }

    static String written(Grouping g, CountTree tree, TweetProfiles profiles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvResultWriter w = new CsvResultWriter(out, List.of(g), List.of("impressions"), profiles);
        int header = out.size();
        w.tweetCounts(g, tree);
        return new String(out.toByteArray(), header, out.size() - header, StandardCharsets.UTF_8);
    }

    /** A tree of {@code keys.size()} levels whose keys at each level are taken from {@code values}. */
    static CountTree tree(List<GroupKey> keys) {
        List<List<String>> values = new ArrayList<>();
        for (GroupKey k : keys) {
            values.add(switch (k) {
                case TWEET_ID -> List.of("1234567890123456789", "42", "9007199254740993");
                // Values no type has, to see quoting in every column.
                case ENGAGEMENT_TYPE -> List.of("impressions", "a,b \"quoted\"", "données");
                case ENGAGEMENT_DAY -> List.of("2026-12-02", "2026-12-03");
                case ENGAGEMENT_HOUR -> List.of("00", "07", "23");
            });
        }
        CountTree tree = new CountTree();
        long[] count = {0};
        fill(tree, values, new String[keys.size()], 0, count);
        return tree;
    }

    private static void fill(CountTree tree, List<List<String>> values, String[] path, int level, long[] count) {
        for (String v : values.get(level)) {
            path[level] = v;
            if (level == path.length - 1) {
                count[0] = count[0] * 7 + 3; // 3, 24, 171, ... up to 19 digits
                tree.add(path.clone(), count[0] % 1_000_000_000_000_000_000L);
            } else {
                fill(tree, values, path, level + 1, count);
            }
        }
    }

    @Test
    void everyOrderOfKeysAndEveryDepthGivesTheRowsOfItsLeaves() throws IOException {
        TweetProfiles profiles = id -> id.equals("42") ? null : "team, \"b\"";
        List<List<GroupKey>> orders = new ArrayList<>();
        permutations(new ArrayList<>(COLUMNS), 0, orders);
        int checked = 0;
        for (List<GroupKey> all : orders) {
            for (int depth = 1; depth <= all.size(); depth++) {
                Grouping g = new Grouping("g" + checked, all.subList(0, depth));
                CountTree tree = tree(g.keys());
                assertEquals(expected(g, tree, null), written(g, tree, null), g.describe());
                assertEquals(expected(g, tree, profiles), written(g, tree, profiles), g.describe() + " with profiles");
                checked++;
            }
        }
        assertEquals(24 * 4, checked);
    }

    private static void permutations(List<GroupKey> keys, int from, List<List<GroupKey>> out) {
        if (from == keys.size()) {
            out.add(List.copyOf(keys));
            return;
        }
        for (int i = from; i < keys.size(); i++) {
            java.util.Collections.swap(keys, from, i);
            permutations(keys, from + 1, out);
            java.util.Collections.swap(keys, from, i);
        }
    }
}
