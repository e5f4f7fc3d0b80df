package dev.engagement.output;

import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.Grouping;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import dev.engagement.merge.RunResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.engagement.merge.TopTweets;

/**
 * The merged document: the shape of one API response for all IDs, counts as numbers, plus the ID
 * lists (always present, empty when nothing is in them), the windows used and the Top Tweets. Tweet-keyed groupings are spooled to temporary files
 * as batches arrive, so memory does not grow with the number of Tweets.
 */
public final class JsonResultWriter implements ResultWriter {
    private final OutputStream out;
    private final boolean pretty;
    private final List<Grouping> groupings;
    private final List<String> metrics;
    private final Map<String, TweetSpool> spools = new LinkedHashMap<>();

    /** {@code groupings}: the groupings to write, in request order; {@code metrics}: the request's, which order the Top Tweets. */
    public JsonResultWriter(OutputStream out, boolean pretty, List<Grouping> groupings, List<String> metrics) {
        this.out = out;
        this.pretty = pretty;
        this.groupings = groupings;
        this.metrics = metrics;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        TweetSpool spool = spools.get(grouping.name());
        if (spool == null) {
            spool = new TweetSpool();
            spools.put(grouping.name(), spool);
        }
        spool.append(counts);
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        JsonWriter w = new JsonWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        if (pretty) {
            w.setIndent("  ");
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
                TweetSpool spool = spools.get(g.name());
                if (spool != null) {
                    spool.copyMembers(w, pretty);
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
        if (result.partial()) {
            w.name(ResultKeys.PARTIAL).value(true);
        }
        w.endObject();
        w.flush();
        out.write('\n');
        out.flush();
    }

    private static void ids(JsonWriter w, String name, Collection<String> ids) throws IOException {
        w.name(name).beginArray();
        for (String id : ids) {
            w.value(id);
        }
        w.endArray();
    }

    @Override
    public void discard() {
        spools.values().forEach(TweetSpool::close);
    }
}
