package dev.engagement.output;

import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.Grouping;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import dev.engagement.json.JsonSpans;
import dev.engagement.json.PrettyJson;
import dev.engagement.merge.RunResult;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.engagement.merge.BatchHistory;
import dev.engagement.merge.TopTweets;

/**
 * The merged document: the shape of one API response for all IDs, counts as numbers, plus the ID
 * lists (always present, empty when nothing is in them), the windows used and the Top Tweets.
 * Tweet-keyed groupings are copied from the run's batch history when the document is written, as the
 * JSON the journal holds, so memory does not grow with the number of Tweets and their counts are not
 * parsed and encoded again.
 */
public final class JsonResultWriter implements ResultWriter {
    private static final String INDENT = "  ";
    /** A Tweet's counts sit in the document's object, in their grouping's object. */
    private static final int TWEET_DEPTH = 2;

    private final OutputStream out;
    private final boolean pretty;
    private final List<Grouping> groupings;
    private final List<String> metrics;
    private final BatchHistory history;

    /**
     * {@code groupings}: the groupings to write, in request order; {@code metrics}: the request's, which
     * order the Top Tweets; {@code history}: the batches, read again for the Tweet-keyed groupings.
     */
    public JsonResultWriter(OutputStream out, boolean pretty, List<Grouping> groupings, List<String> metrics,
            BatchHistory history) {
        this.out = out;
        this.pretty = pretty;
        this.groupings = groupings;
        this.metrics = metrics;
        this.history = history;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) {
        // written from the history at the end
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        Utf8Writer text = new Utf8Writer(out);
        JsonWriter w = new JsonWriter(text);
        if (pretty) {
            w.setIndent(INDENT);
        }
        w.beginObject();
        if (result.start() != null) {
            w.name(ResultKeys.START).value(result.start());
            w.name(ResultKeys.END).value(result.end());
        }
        if (result.windows() != null && !result.windows().isEmpty()) {
            w.name(ResultKeys.WINDOWS).beginArray();
            for (TimeWindow window : result.windows()) {
                w.beginObject().name("start").value(TimeRules.formatWire(window.start()))
                        .name("end").value(TimeRules.formatWire(window.end())).endObject();
            }
            w.endArray();
        }
        for (Grouping g : groupings) {
            w.name(g.name());
            if (g.isKeyedByTweet()) {
                w.beginObject();
                if (pretty) {
                    history.forEachGroupingJson(g.name(), (json, at, until) -> JsonSpans.members(json, at,
                            (tweet, start, end) -> w.name(tweet).jsonValue(
                                    PrettyJson.indent(json, start, end, TWEET_DEPTH, INDENT))));
                } else {
                    copyMembers(text, g);
                }
                w.endObject();
            } else {
                CountTreeJson.write(w, result.aggregates().getOrDefault(g.name(), new CountTree()), false);
            }
        }
        ids(w, ResultKeys.UNAVAILABLE, result.ids().unavailable);
        ids(w, ResultKeys.UNSUPPORTED_VIDEO, result.ids().unsupportedForVideoViews);
        ids(w, ResultKeys.UNSUPPORTED_IMPRESSIONS, result.ids().unsupportedForImpressionsEngagements);
        ids(w, ResultKeys.FORBIDDEN, result.ids().forbidden);
        ids(w, ResultKeys.FAILED, result.ids().failed);
        ids(w, ResultKeys.OUT_OF_RANGE, result.ids().outOfRange);
        if (top != null) {
            w.name(ResultKeys.TOP).beginObject();
            for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
                w.name(metric.getKey()).beginArray();
                for (TopTweets.Entry e : metric.getValue()) {
                    w.beginObject().name("tweet_id").value(Long.toString(e.tweetId())).name("count").value(e.count())
                            .endObject();
                }
                w.endArray();
            }
            w.endObject();
        }
        ProfileSummaryJson.write(w, result.profiles());
        if (result.partial()) {
            w.name(ResultKeys.PARTIAL).value(true);
        }
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    /**
     * The members of every batch's object of a Tweet-keyed grouping, copied as one span per batch: the
     * journal's compact JSON is what the writer would give (same escapes), so nothing is parsed. The
     * writer has just opened the grouping's object and holds nothing back, so the text goes in after it.
     */
    private void copyMembers(Utf8Writer text, Grouping g) throws IOException {
        boolean[] first = {true};
        history.forEachGroupingUtf8(g.name(), (json, at, end) -> {
            int open = at;
            while (json[open] != '{') {
                open++;
            }
            int close = end - 1;
            if (close > open + 1) {
                if (!first[0]) {
                    text.write(',');
                }
                first[0] = false;
                text.writeUtf8(json, open + 1, close);
            }
        });
    }

    private static void ids(JsonWriter w, String name, Collection<String> ids) throws IOException {
        w.name(name).beginArray();
        for (String id : ids) {
            w.value(id);
        }
        w.endArray();
    }
}
