package dev.engagement.output;

import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.Grouping;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import dev.engagement.merge.RunResult;
import dev.engagement.merge.TopTweets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * JSON Lines, as twarc, jq and DuckDB's {@code read_json_auto} take it: one object per line, per
 * Tweet and grouping as batches complete ({@code {"grouping":..,"tweet_id":..,"counts":{..}}}), then
 * one per aggregate grouping, one per ID list, one per Top Tweets metric and a closing {@code run}
 * line. Each batch's lines are written whole and flushed, so the output is valid at every moment.
 */
public final class JsonLinesResultWriter implements ResultWriter {
    private final OutputStream out;
    private final List<Grouping> groupings;
    private final List<String> metrics;
    private final StringWriter chunk = new StringWriter(1 << 16);
    private final TweetProfiles profiles;

    public JsonLinesResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics) {
        this(out, groupings, metrics, null);
    }

    /** {@code profiles}: when not null, each Tweet's line says which profile fetched it ({@code "profile"}). */
    public JsonLinesResultWriter(OutputStream out, List<Grouping> groupings, List<String> metrics,
            TweetProfiles profiles) {
        this.out = out;
        this.groupings = groupings;
        this.metrics = metrics;
        this.profiles = profiles;
    }

    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        for (int i = 0, n = counts.size(); i < n; i++) {
            String tweet = counts.keyAt(i);
            JsonWriter w = line();
            w.beginObject().name("grouping").value(grouping.name()).name("tweet_id").value(tweet);
            String profile = profiles == null ? null : profiles.of(tweet);
            if (profile != null) {
                w.name(ResultKeys.PROFILE).value(profile);
            }
            if (counts.isCountAt(i)) {
                w.name("count").value(counts.countAt(i));
            } else {
                w.name("counts");
                CountTreeJson.write(w, counts.childAt(i), false);
            }
            end(w);
        }
        handOn();
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        for (Grouping g : groupings) {
            CountTree aggregate = result.aggregates().get(g.name());
            if (aggregate != null) {
                JsonWriter w = line();
                w.beginObject().name("grouping").value(g.name()).name("counts");
                CountTreeJson.write(w, aggregate, false);
                end(w);
            }
        }
        list(ResultKeys.UNAVAILABLE, result.ids().unavailable);
        list(ResultKeys.UNSUPPORTED_VIDEO, result.ids().unsupportedForVideoViews);
        list(ResultKeys.UNSUPPORTED_IMPRESSIONS, result.ids().unsupportedForImpressionsEngagements);
        list(ResultKeys.FORBIDDEN, result.ids().forbidden);
        list(ResultKeys.FAILED, result.ids().failed);
        list(ResultKeys.OUT_OF_RANGE, result.ids().outOfRange);
        if (top != null) {
            for (Map.Entry<String, List<TopTweets.Entry>> metric : top.ranked(metrics).entrySet()) {
                JsonWriter w = line();
                w.beginObject().name(ResultKeys.TOP).value(metric.getKey()).name("ranked").beginArray();
                for (TopTweets.Entry e : metric.getValue()) {
                    w.beginObject().name("tweet_id").value(Long.toString(e.tweetId())).name("count").value(e.count())
                            .endObject();
                }
                w.endArray();
                end(w);
            }
        }
        JsonWriter w = line();
        w.beginObject().name("run").beginObject();
        if (result.start() != null) {
            w.name(ResultKeys.START).value(result.start()).name(ResultKeys.END).value(result.end());
        }
        if (result.windows() != null && !result.windows().isEmpty()) {
            w.name(ResultKeys.WINDOWS).beginArray();
            for (TimeWindow tw : result.windows()) {
                w.beginObject().name("start").value(TimeRules.formatWire(tw.start()))
                        .name("end").value(TimeRules.formatWire(tw.end())).endObject();
            }
            w.endArray();
        }
        w.name(ResultKeys.PARTIAL).value(result.partial());
        ProfileSummaryJson.write(w, result.profiles());
        w.endObject();
        end(w);
        handOn();
        out.flush();
    }

    private void list(String name, Collection<String> ids) throws IOException {
        JsonWriter w = line();
        w.beginObject().name("list").value(name).name("tweet_ids").beginArray();
        for (String id : ids) {
            w.value(id);
        }
        w.endArray();
        end(w);
    }

    private JsonWriter line() {
        return new JsonWriter(chunk);
    }

    private void end(JsonWriter w) throws IOException {
        w.endObject();
        w.flush();
        chunk.write('\n');
    }

    private void handOn() throws IOException {
        StringBuffer text = chunk.getBuffer();
        if (text.length() > 0) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            text.setLength(0);
        }
    }
}
