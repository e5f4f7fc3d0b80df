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
import java.io.Writer;
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
    /** The lines not yet handed on. */
    private final StringBuilder chunk = new StringBuilder(1 << 16);
    /** {@link #chunk} as a Writer for Gson, without the lock a StringWriter takes for every character. */
    private final Writer chunkWriter = new Writer() {
        @Override
        public void write(char[] buf, int off, int len) {
            chunk.append(buf, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            chunk.append(str, off, off + len);
        }

        @Override
        public void write(int c) {
            chunk.append((char) c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
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

    /**
     * One line per Tweet, as Gson's compact writer would write it ({@link CountTreeJson#appendCompact}), built
     * straight into the batch's text: there are tens of thousands of counts a batch.
     */
    @Override
    public void tweetCounts(Grouping grouping, CountTree counts) throws IOException {
        for (int i = 0, n = counts.size(); i < n; i++) {
            String tweet = counts.keyAt(i);
            chunk.append("{\"grouping\":");
            CountTreeJson.quote(chunk, grouping.name());
            chunk.append(",\"tweet_id\":");
            CountTreeJson.quote(chunk, tweet);
            String profile = profiles == null ? null : profiles.of(tweet);
            if (profile != null) {
                chunk.append(',');
                CountTreeJson.quote(chunk, ResultKeys.PROFILE);
                chunk.append(':');
                CountTreeJson.quote(chunk, profile);
            }
            if (counts.isCountAt(i)) {
                chunk.append(",\"count\":").append(counts.countAt(i));
            } else {
                chunk.append(",\"counts\":");
                CountTreeJson.appendCompact(chunk, counts.childAt(i), false);
            }
            chunk.append("}\n");
        }
        handOn();
    }

    @Override
    public void finish(RunResult result, TopTweets top) throws IOException {
        for (Grouping g : groupings) {
            CountTree aggregate = result.aggregates().get(g.name());
            if (aggregate != null) {
                chunk.append("{\"grouping\":");
                CountTreeJson.quote(chunk, g.name());
                chunk.append(",\"counts\":");
                CountTreeJson.appendCompact(chunk, aggregate, false);
                chunk.append("}\n");
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
        return new JsonWriter(chunkWriter);
    }

    private void end(JsonWriter w) throws IOException {
        w.endObject();
        w.flush();
        chunk.append('\n');
    }

    private void handOn() throws IOException {
        if (chunk.length() > 0) {
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            chunk.setLength(0);
        }
    }
}
