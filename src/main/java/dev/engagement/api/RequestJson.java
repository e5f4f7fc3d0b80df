package dev.engagement.api;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The request body on the wire (spec 2): written by the client, read by the sandbox. */
public final class RequestJson {

    /** A body as sent, before the rules are applied. IDs are the digit strings given, de-duplicated. */
    public record RawRequest(List<String> tweetIds, List<String> engagementTypes,
            Map<String, List<String>> groupings, String start, String end) {
    }

    /** The 400 for a body that is not strict JSON. */
    public static final String NOT_JSON = "The request body is not valid JSON";
    private static final char BOM = '\uFEFF';

    private RequestJson() {
    }

    /** The body, compact, exactly as Gson's writer lays it out, built in one buffer. */
    public static String write(EngagementRequest request) {
        StringBuilder out = new StringBuilder(128 + request.tweetIds().size() * 23);
        out.append("{\"tweet_ids\":[");
        strings(out, request.tweetIds());
        out.append("],\"engagement_types\":[");
        for (int i = 0; i < request.metrics().size(); i++) {
            comma(out, i);
            CountTreeJson.quote(out, request.metrics().get(i).wireName());
        }
        out.append("],\"groupings\":{");
        for (int i = 0; i < request.groupings().size(); i++) {
            Grouping g = request.groupings().get(i);
            comma(out, i);
            CountTreeJson.quote(out, g.name());
            out.append(":{\"group_by\":[");
            for (int k = 0; k < g.keys().size(); k++) {
                comma(out, k);
                CountTreeJson.quote(out, g.keys().get(k).wireName());
            }
            out.append("]}");
        }
        out.append('}');
        if (request.endpoint() == Endpoint.HISTORICAL && request.window() != null) {
            out.append(",\"start\":");
            CountTreeJson.quote(out, TimeRules.formatWire(request.window().start()));
            out.append(",\"end\":");
            CountTreeJson.quote(out, TimeRules.formatWire(request.window().end()));
        }
        return out.append('}').toString();
    }

    private static void strings(StringBuilder out, List<String> values) {
        int i = 0;
        for (String value : values) {
            comma(out, i++);
            CountTreeJson.quote(out, value);
        }
    }

    private static void comma(StringBuilder out, int i) {
        if (i > 0) {
            out.append(',');
        }
    }

    /**
     * Parses a body; a malformed one gives the 400 the API answers with. Only strict RFC 8259 JSON is
     * read (spec 9 #36): no {@code NULL}, no raw control characters in strings, no {@code \'}, no
     * byte order mark, nothing after the object. A key given twice takes its last value; unknown
     * fields are ignored.
     */
    public static Result<RawRequest> parse(String body) {
        if (body == null || body.isBlank()) {
            return bad("The request body is empty; send a JSON object with tweet_ids, engagement_types and groupings");
        }
        if (body.charAt(0) == BOM) {
            // Gson skips a leading byte order mark whatever the strictness; RFC 8259 8.1 forbids it.
            return bad(NOT_JSON);
        }
        try (JsonReader r = new JsonReader(new StringReader(body))) {
            r.setStrictness(Strictness.STRICT);
            if (r.peek() != JsonToken.BEGIN_OBJECT) {
                return bad("The request body must be a JSON object");
            }
            List<String> ids = null;
            List<String> types = null;
            Map<String, List<String>> groupings = null;
            String start = null;
            String end = null;
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case "tweet_ids":
                        if (r.peek() != JsonToken.BEGIN_ARRAY) {
                            return bad("tweet_ids must be an array of Tweet IDs");
                        }
                        Set<String> seen = new LinkedHashSet<>();
                        r.beginArray();
                        while (r.hasNext()) {
                            JsonToken t = r.peek();
                            if (t != JsonToken.STRING && t != JsonToken.NUMBER) {
                                return bad("tweet_ids must hold Tweet IDs as strings or integers");
                            }
                            String id = r.nextString();
                            if (!TweetIds.isValid(id)) {
                                return bad("Invalid Tweet ID in tweet_ids: " + abbreviate(id));
                            }
                            seen.add(stripZeros(id));
                        }
                        r.endArray();
                        ids = new ArrayList<>(seen);
                        break;
                    case "engagement_types":
                        types = stringArray(r);
                        if (types == null) {
                            return bad("engagement_types must be an array of strings");
                        }
                        break;
                    case "groupings":
                        if (r.peek() != JsonToken.BEGIN_OBJECT) {
                            return bad("groupings must be an object mapping names to {\"group_by\": [...]}");
                        }
                        groupings = new LinkedHashMap<>();
                        r.beginObject();
                        while (r.hasNext()) {
                            String gname = r.nextName();
                            List<String> keys = groupBy(r);
                            if (keys == null) {
                                return bad("Grouping '" + gname + "' must be an object with a group_by array of strings");
                            }
                            groupings.put(gname, keys);
                        }
                        r.endObject();
                        break;
                    case "start":
                    case "end":
                        // Only /historical reads these; elsewhere even a malformed value is ignored.
                        String value = scalarText(r);
                        if (name.equals("start")) {
                            start = value;
                        } else {
                            end = value;
                        }
                        break;
                    default:
                        skip(r);
                }
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) {
                return bad("The request body has content after the JSON object");
            }
            if (ids == null) {
                return bad("The request body has no tweet_ids");
            }
            if (types == null) {
                return bad("The request body has no engagement_types");
            }
            if (groupings == null) {
                return bad("The request body has no groupings");
            }
            return Result.ok(new RawRequest(ids, types, groupings, start, end));
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            return bad(NOT_JSON);
        }
    }

    /**
     * Skips a value, reading every string of it: Gson's own skipping does not check strings for raw
     * control characters even in strict mode.
     */
    private static void skip(JsonReader r) throws IOException {
        switch (r.peek()) {
            case BEGIN_ARRAY:
                r.beginArray();
                while (r.hasNext()) {
                    skip(r);
                }
                r.endArray();
                return;
            case BEGIN_OBJECT:
                r.beginObject();
                while (r.hasNext()) {
                    r.nextName();
                    skip(r);
                }
                r.endObject();
                return;
            case STRING:
            case NUMBER:
                r.nextString();
                return;
            case BOOLEAN:
                r.nextBoolean();
                return;
            case NULL:
                r.nextNull();
                return;
            default:
                throw new IllegalStateException("unexpected " + r.peek());
        }
    }

    /** A string as it is; any other value as a text no timestamp parser accepts. */
    private static String scalarText(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.STRING) {
            return r.nextString();
        }
        JsonToken t = r.peek();
        skip(r);
        return "(" + t + ")";
    }

    private static List<String> groupBy(JsonReader r) throws IOException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            skip(r);
            return null;
        }
        List<String> keys = null;
        r.beginObject();
        while (r.hasNext()) {
            if (r.nextName().equals("group_by")) {
                keys = stringArray(r);
            } else {
                skip(r);
            }
        }
        r.endObject();
        return keys;
    }

    private static List<String> stringArray(JsonReader r) throws IOException {
        if (r.peek() != JsonToken.BEGIN_ARRAY) {
            skip(r);
            return null;
        }
        List<String> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            if (r.peek() != JsonToken.STRING) {
                skip(r);
                out = null;
                continue;
            }
            String s = r.nextString();
            if (out != null) {
                out.add(s);
            }
        }
        r.endArray();
        return out;
    }

    private static String stripZeros(String id) {
        int i = 0;
        while (i < id.length() - 1 && id.charAt(i) == '0') {
            i++;
        }
        return id.substring(i);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static <T> Result<T> bad(String message) {
        return Result.error(new ApiError(400, message));
    }
}
