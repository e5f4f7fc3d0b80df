package dev.engagement.api;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The response body on the wire (spec 4.3): read by the client, written by the sandbox. */
public final class ResponseJson {
    public static final String START = "start";
    public static final String END = "end";
    public static final String ERRORS = "errors";
    public static final String UNAVAILABLE = "unavailable_tweet_ids";
    public static final String UNSUPPORTED_VIDEO = "unsupported_for_video_views_tweet_ids";
    public static final String UNSUPPORTED_IMPRESSIONS = "unsupported_for_impressions_engagements_tweet_ids";
    /** Every top-level key of a response that is not a grouping. */
    public static final java.util.Set<String> TOP_LEVEL_KEYS = java.util.Set.of(START, END, ERRORS, UNAVAILABLE,
            UNSUPPORTED_VIDEO, UNSUPPORTED_IMPRESSIONS);

    private ResponseJson() {
    }

    /**
     * Parses a body of any status. Counts may be strings or numbers (spec 4.2); errors may be
     * strings or objects with a {@code message} (spec 5.5). Throws {@link MalformedResponseException}
     * when the body is not the JSON object the API sends.
     */
    public static EngagementResponse parse(byte[] body) {
        return ResponseReader.read(body);
    }

    /** Writes a response as the API does: counts as strings, empty ID lists left out. */
    public static void write(EngagementResponse res, Writer out) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        if (res.start != null) {
            w.name(START).value(res.start);
        }
        if (res.end != null) {
            w.name(END).value(res.end);
        }
        writeStrings(w, ERRORS, res.errors);
        writeStrings(w, UNAVAILABLE, res.unavailableTweetIds);
        writeStrings(w, UNSUPPORTED_VIDEO, res.unsupportedForVideoViewsTweetIds);
        writeStrings(w, UNSUPPORTED_IMPRESSIONS, res.unsupportedForImpressionsEngagementsTweetIds);
        for (Map.Entry<String, CountTree> g : res.groupings.entrySet()) {
            w.name(g.getKey());
            CountTreeJson.write(w, g.getValue(), true);
        }
        w.endObject();
        w.flush();
    }

    private static void writeStrings(JsonWriter w, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        w.name(name).beginArray();
        for (String v : new ArrayList<>(values)) {
            w.value(v);
        }
        w.endArray();
    }
}
