package dev.engagement.input;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tweets as JSON: one document or many in a row (NDJSON). Understands v1.1 Tweets, v2 responses,
 * Activity Streams and v1.1/Gnip search pages, and also plain arrays of IDs.
 *
 * <p>Top-level arrays, and the Tweet lists of top-level responses, are streamed element by element,
 * so a file of millions of Tweets is never held in memory; each single Tweet is read as a small tree.
 */
final class JsonIdRecords implements IdRecords {
    /** Keys of a response whose value holds Tweets: v2 {@code data}, v1.1 {@code statuses}, Gnip {@code results}. */
    private static final List<String> TWEET_LISTS = List.of("data", "statuses", "results");
    /** The keys of a Tweet that decide which ID it contributes. */
    private static final Set<String> ID_KEYS = Set.of("id_str", "id", "verb", "retweeted_status", "object", "referenced_tweets");
    /** Keys of responses and stream notices without Tweets; an object with one of them and no ID is passed over quietly. */
    private static final Set<String> NON_TWEET_KEYS = Set.of("meta", "errors", "error", "detail", "includes", "search_metadata", "info", "next");
    /** Activity Streams IDs: "tag:search.twitter.com,2005:123" for an activity, "object:..." for its object. */
    private static final Pattern ACTIVITY_ID = Pattern.compile("(?:tag|object):(?:search\\.)?twitter\\.com,[0-9]{4}:(.*)");
    private static final Pattern LOCATION = Pattern.compile(" at line ([0-9]+) ");

    private record Entry(long line, String candidate, String problem, String caution) {
        Entry(long line, String candidate, String problem) {
            this(line, candidate, problem, null);
        }
    }

    /** 2^53: a JSON number above it has passed through a double in many writers and may be rounded. */
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    /** An open array of Tweets being streamed, or a top-level object whose keys are being streamed. */
    private static final class Frame {
        final boolean isList;
        final long line;
        final JsonObject idFields = new JsonObject();
        boolean holdsTweetLists;

        Frame(boolean isList, long line) {
            this.isList = isList;
            this.line = line;
        }
    }

    private final JsonReader json;
    private final boolean originals;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Deque<Entry> pending = new ArrayDeque<>();
    private Entry current;

    JsonIdRecords(Reader reader, boolean originals) {
        this.json = new JsonReader(reader);
        this.json.setStrictness(Strictness.LENIENT);
        this.originals = originals;
    }

    @Override
    public boolean next() throws IOException {
        try {
            while (pending.isEmpty()) {
                if (!step()) {
                    return false;
                }
            }
        } catch (MalformedJsonException | EOFException | JsonParseException | IllegalStateException
                 | NumberFormatException e) {
            throw new InputSyntaxException(currentLine(), "not valid JSON: " + describe(e));
        }
        current = pending.poll();
        return true;
    }

    @Override
    public long line() {
        return current.line();
    }

    @Override
    public String candidate() {
        return current.candidate();
    }

    @Override
    public String problem() {
        return current.problem();
    }

    @Override
    public String caution() {
        return current.caution();
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    /** Reads one step further, queueing what it finds in {@link #pending}; false at the end of the input. */
    private boolean step() throws IOException {
        Frame frame = frames.peek();
        if (frame == null) {
            return stepAtTopLevel();
        }
        if (frame.isList) {
            stepInList();
        } else {
            stepInObject(frame);
        }
        return true;
    }

    private boolean stepAtTopLevel() throws IOException {
        JsonToken token = json.peek();
        long line = currentLine();
        switch (token) {
            case END_DOCUMENT -> {
                return false;
            }
            case BEGIN_ARRAY -> {
                json.beginArray();
                frames.push(new Frame(true, line));
            }
            case BEGIN_OBJECT -> {
                json.beginObject();
                frames.push(new Frame(false, line));
            }
            default -> collect(JsonParser.parseReader(json), line);
        }
        return true;
    }

    private void stepInList() throws IOException {
        if (json.hasNext()) {
            long line = currentLine();
            collect(JsonParser.parseReader(json), line);
        } else {
            json.endArray();
            frames.pop();
        }
    }

    private void stepInObject(Frame frame) throws IOException {
        if (!json.hasNext()) {
            json.endObject();
            frames.pop();
            if (!frame.holdsTweetLists) {
                collectObject(frame.idFields, frame.line);
            }
            return;
        }
        String name = json.nextName();
        JsonToken token = json.peek();
        if (TWEET_LISTS.contains(name) && token == JsonToken.BEGIN_ARRAY) {
            frame.holdsTweetLists = true;
            json.beginArray();
            frames.push(new Frame(true, currentLine()));
        } else if (TWEET_LISTS.contains(name) && token == JsonToken.BEGIN_OBJECT) {
            frame.holdsTweetLists = true;
            long line = currentLine();
            collect(JsonParser.parseReader(json), line);
        } else if (ID_KEYS.contains(name)) {
            frame.idFields.add(name, JsonParser.parseReader(json));
        } else {
            json.skipValue();
            if (NON_TWEET_KEYS.contains(name)) {
                frame.idFields.add(name, JsonNull.INSTANCE);
            }
        }
    }

    private void collect(JsonElement element, long line) {
        if (element.isJsonArray()) {
            for (JsonElement item : element.getAsJsonArray()) {
                collect(item, line);
            }
        } else if (element.isJsonObject()) {
            collectObject(element.getAsJsonObject(), line);
        } else if (element.isJsonNull()) {
            pending.add(new Entry(line, null, "null where a Tweet or Tweet ID was expected."));
        } else {
            pending.add(new Entry(line, element.getAsString().strip(), null));
        }
    }

    private void collectObject(JsonObject object, long line) {
        boolean holdsTweetLists = false;
        for (String key : TWEET_LISTS) {
            JsonElement tweets = object.get(key);
            if (tweets != null && (tweets.isJsonArray() || tweets.isJsonObject())) {
                holdsTweetLists = true;
                collect(tweets, line);
            }
        }
        if (holdsTweetLists) {
            return;
        }
        String id = chooseId(object);
        if (id != null) {
            pending.add(new Entry(line, id, null, onlyNumericIdAboveDoublePrecision(object)
                    ? "the Tweet's only ID is the JSON number " + id + ", above 2^53: a writer that reads numbers as "
                            + "doubles (JavaScript and many JSON tools) has probably rounded it; it is kept, but prefer "
                            + "an export with \"id_str\"." : null));
        } else if (NON_TWEET_KEYS.stream().noneMatch(object::has)) {
            pending.add(new Entry(line, null, "this JSON object has no Tweet ID (no \"id_str\" or \"id\")."));
        }
    }

    private String chooseId(JsonObject tweet) {
        if (originals) {
            String retweeted = retweetedId(tweet);
            if (retweeted != null) {
                return retweeted;
            }
        }
        return ownId(tweet);
    }

    /** The ID of the Tweet that {@code tweet} retweets, or null if it is not a retweet. */
    private static String retweetedId(JsonObject tweet) {
        JsonElement retweetedStatus = tweet.get("retweeted_status");
        if (retweetedStatus != null && retweetedStatus.isJsonObject()) {
            return ownId(retweetedStatus.getAsJsonObject());
        }
        JsonElement object = tweet.get("object");
        if ("share".equals(text(tweet.get("verb"))) && object != null && object.isJsonObject()) {
            return ownId(object.getAsJsonObject());
        }
        JsonElement references = tweet.get("referenced_tweets");
        if (references != null && references.isJsonArray()) {
            for (JsonElement reference : (JsonArray) references) {
                if (reference.isJsonObject() && "retweeted".equals(text(reference.getAsJsonObject().get("type")))) {
                    return text(reference.getAsJsonObject().get("id"));
                }
            }
        }
        return null;
    }

    private static boolean onlyNumericIdAboveDoublePrecision(JsonObject tweet) {
        JsonElement id = tweet.get("id");
        if (tweet.has("id_str") || id == null || !id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber()) {
            return false;
        }
        try {
            return Long.parseLong(id.getAsString()) > EXACT_IN_DOUBLE;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code id_str} when present: v1.1's numeric {@code id} may have been rounded by a JavaScript writer. */
    private static String ownId(JsonObject tweet) {
        String id = text(tweet.get("id_str"));
        if (id == null) {
            id = text(tweet.get("id"));
        }
        if (id == null) {
            return null;
        }
        Matcher activityId = ACTIVITY_ID.matcher(id);
        return activityId.matches() ? activityId.group(1) : id;
    }

    /** A string or number exactly as written (Gson keeps the digits of numbers), or null. */
    private static String text(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString().strip() : null;
    }

    /** JsonReader tells its position only through toString(): "JsonReader at line 3 column 5 path $[2]". */
    private long currentLine() {
        Matcher location = LOCATION.matcher(json.toString());
        return location.find() ? Long.parseLong(location.group(1)) : 1;
    }

    /** Gson's message without its position (the caller shows the line) and troubleshooting link. */
    private static String describe(Exception e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        int position = message.indexOf(" at line ");
        String reason = position >= 0 ? message.substring(0, position) : message.lines().findFirst().orElse(message);
        return reason.endsWith(".") ? reason : reason + ".";
    }
}
