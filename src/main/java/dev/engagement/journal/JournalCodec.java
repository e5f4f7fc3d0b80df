package dev.engagement.journal;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.Endpoint;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import dev.engagement.fetch.RequestShape;
import dev.engagement.input.SourceIdentity;
import dev.engagement.merge.BatchResult;
import dev.engagement.merge.IdLists;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The journal's lines: one JSON object each, then a tab and the CRC32C of the object's UTF-8 bytes,
 * so that a flipped byte anywhere is found. Three kinds of record: the header (first line), one per
 * batch, and an end record when a run ends.
 */
final class JournalCodec {
    static final int VERSION = 1;
    static final String HEADER = "journal";
    static final String BATCH = "batch";
    static final String END = "end";
    static final String COMPLETE = "complete";
    static final String STOPPED = "stopped";

    /** The kind of a record and, for batches, the facts the index keeps. */
    record Peek(String kind, int batch, String idsHash, boolean failed) {
    }

    /** A line that is not what a journal line must be. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String reason) {
            super(reason);
        }
    }

    private JournalCodec() {
    }

    static byte[] frame(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        CRC32C crc = new CRC32C();
        crc.update(body);
        String tail = String.format(Locale.ROOT, "\t%08x\n", crc.getValue());
        byte[] line = new byte[body.length + tail.length()];
        System.arraycopy(body, 0, line, 0, body.length);
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, line, body.length, tail.length());
        return line;
    }

    /** The JSON of a line (without its newline), or why it is not a journal line. */
    static String unframe(byte[] line, int length) throws BadLine {
        int tab = -1;
        for (int i = length - 1; i >= 0; i--) {
            if (line[i] == '\t') {
                tab = i;
                break;
            }
        }
        if (tab < 0 || length - tab - 1 != 8) {
            throw new BadLine("it has no checksum");
        }
        CRC32C crc = new CRC32C();
        crc.update(line, 0, tab);
        String expected = String.format(Locale.ROOT, "%08x", crc.getValue());
        String found = new String(line, tab + 1, 8, StandardCharsets.US_ASCII);
        if (!expected.equals(found)) {
            throw new BadLine("its checksum does not match its content (the file was changed or damaged)");
        }
        return new String(line, 0, tab, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ header

    static String header(RunHeader h) throws IOException {
        StringWriter out = new StringWriter(1024);
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name(HEADER).value(VERSION);
        RunHeader.Origin o = h.origin();
        w.name("fingerprint").value(o.fingerprint()).name("created").value(o.created().toString())
                .name("tool").value(o.tool());
        strings(w, "arguments", o.arguments());
        w.name("inputs").beginArray();
        for (SourceIdentity s : o.inputs()) {
            w.beginObject().name("name").value(s.name()).name("size").value(s.size())
                    .name("modified").value(s.modifiedMillis()).name("crc32c").value(s.crc32c()).endObject();
        }
        w.endArray();
        w.name("endpoint").value(h.shape().endpoint().path());
        strings(w, "metrics", h.shape().metrics().stream().map(Metric::wireName).toList());
        w.name("groupings").beginArray();
        for (Grouping g : h.shape().groupings()) {
            w.beginObject().name("name").value(g.name());
            strings(w, "group_by", g.keys().stream().map(GroupKey::wireName).toList());
            w.endObject();
        }
        w.endArray();
        strings(w, "shown", h.shown().groupings());
        w.name("top_source").value(h.shown().topSource()).name("top").value(h.shown().top());
        w.name("range");
        window(w, h.plan().range());
        w.name("windows").beginArray();
        for (TimeWindow tw : h.plan().windows()) {
            window(w, tw);
        }
        w.endArray();
        w.name("ids").value(h.plan().ids()).name("batches").value(h.plan().batches());
        strings(w, "out_of_range", h.plan().outOfRange());
        w.endObject().flush();
        return out.toString();
    }

    static RunHeader readHeader(String json) throws BadLine {
        try (JsonReader r = reader(json)) {
            String fingerprint = null;
            Instant created = null;
            String tool = null;
            List<String> arguments = List.of();
            List<SourceIdentity> inputs = new ArrayList<>();
            Endpoint endpoint = null;
            List<Metric> metrics = new ArrayList<>();
            List<Grouping> groupings = new ArrayList<>();
            List<String> shown = List.of();
            String topSource = null;
            Integer top = null;
            TimeWindow range = null;
            List<TimeWindow> windows = new ArrayList<>();
            long ids = 0;
            long batches = 0;
            List<String> outOfRange = List.of();
            int version = -1;
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case HEADER -> version = r.nextInt();
                    case "fingerprint" -> fingerprint = r.nextString();
                    case "created" -> created = Instant.parse(r.nextString());
                    case "tool" -> tool = r.nextString();
                    case "arguments" -> arguments = strings(r);
                    case "inputs" -> {
                        r.beginArray();
                        while (r.hasNext()) {
                            inputs.add(identity(r));
                        }
                        r.endArray();
                    }
                    case "endpoint" -> endpoint = Endpoint.fromPath(r.nextString());
                    case "metrics" -> {
                        for (String m : strings(r)) {
                            metrics.add(known(Metric.fromWireName(m), "metric " + m));
                        }
                    }
                    case "groupings" -> {
                        r.beginArray();
                        while (r.hasNext()) {
                            groupings.add(grouping(r));
                        }
                        r.endArray();
                    }
                    case "shown" -> shown = strings(r);
                    case "top_source" -> topSource = nullableString(r);
                    case "top" -> top = nullableInt(r);
                    case "range" -> range = window(r);
                    case "windows" -> {
                        r.beginArray();
                        while (r.hasNext()) {
                            windows.add(window(r));
                        }
                        r.endArray();
                    }
                    case "ids" -> ids = r.nextLong();
                    case "batches" -> batches = r.nextLong();
                    case "out_of_range" -> outOfRange = strings(r);
                    default -> r.skipValue();
                }
            }
            r.endObject();
            if (version != VERSION) {
                throw new BadLine("it is a journal of version " + version + ", and this tool reads version " + VERSION);
            }
            known(endpoint, "endpoint");
            return new RunHeader(new RunHeader.Origin(known(fingerprint, "fingerprint"), known(created, "time"),
                    tool, arguments, inputs), new RequestShape(endpoint, metrics, groupings),
                    new RunHeader.Shown(shown, topSource, top),
                    new RunHeader.Plan(range, windows, ids, batches, outOfRange));
        } catch (IOException | RuntimeException e) {
            throw new BadLine("its header cannot be read (" + e.getMessage() + ")");
        }
    }

    // ------------------------------------------------------------------ batches

    static String batch(int number, String idsHash, Instant at, BatchResult result, boolean failed) throws IOException {
        StringWriter out = new StringWriter(4096);
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name(BATCH).value(number).name("ids").value(idsHash).name("failed").value(failed)
                .name("at").value(at.toString());
        if (result.start() != null) {
            w.name("start").value(result.start());
        }
        if (result.end() != null) {
            w.name("end").value(result.end());
        }
        IdLists ids = result.ids();
        w.name("lists").beginObject();
        list(w, "unavailable", ids.unavailable);
        list(w, "video", ids.unsupportedForVideoViews);
        list(w, "impressions", ids.unsupportedForImpressionsEngagements);
        list(w, "forbidden", ids.forbidden);
        list(w, "failed", ids.failed);
        w.endObject();
        w.name("groupings").beginObject();
        for (String g : result.groupingNames()) {
            CountTree counts = result.counts(g);
            if (!counts.isEmpty()) {
                w.name(g);
                CountTreeJson.write(w, counts, false);
            }
        }
        w.endObject();
        w.endObject().flush();
        return out.toString();
    }

    /** A batch record's result; of its groupings only those in {@code wanted} are read (null: all). */
    static BatchResult readBatch(String json, List<Grouping> groupings, Set<String> wanted) throws BadLine {
        BatchResult result = new BatchResult(groupings);
        try (JsonReader r = reader(json)) {
            String start = null;
            String end = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "start" -> start = r.nextString();
                    case "end" -> end = r.nextString();
                    case "lists" -> readLists(r, result.ids());
                    case "groupings" -> {
                        r.beginObject();
                        while (r.hasNext()) {
                            String g = r.nextName();
                            if (result.groupingNames().contains(g) && (wanted == null || wanted.contains(g))) {
                                CountTree tree = new CountTree();
                                CountTreeJson.read(r, tree);
                                result.setCounts(g, tree);
                            } else {
                                r.skipValue();
                            }
                        }
                        r.endObject();
                    }
                    default -> r.skipValue();
                }
            }
            r.endObject();
            result.widenWindow(start, end);
            return result;
        } catch (IOException | RuntimeException e) {
            throw new BadLine("its batch cannot be read (" + e.getMessage() + ")");
        }
    }

    static String end(boolean complete, Instant at, String reason) throws IOException {
        StringWriter out = new StringWriter(128);
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name(END).value(complete ? COMPLETE : STOPPED).name("at").value(at.toString());
        if (reason != null) {
            w.name("reason").value(reason);
        }
        w.endObject().flush();
        return out.toString();
    }

    /** The end record's state, time and reason. */
    record Ending(boolean complete, Instant at, String reason) {
    }

    static Ending readEnd(String json) throws BadLine {
        try (JsonReader r = reader(json)) {
            boolean complete = false;
            Instant at = null;
            String reason = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case END -> complete = r.nextString().equals(COMPLETE);
                    case "at" -> at = Instant.parse(r.nextString());
                    case "reason" -> reason = r.nextString();
                    default -> r.skipValue();
                }
            }
            r.endObject();
            return new Ending(complete, at, reason);
        } catch (IOException | RuntimeException e) {
            throw new BadLine("its end record cannot be read (" + e.getMessage() + ")");
        }
    }

    /** What kind of record a line holds, reading only its first members. */
    static Peek peek(String json) throws BadLine {
        try (JsonReader r = reader(json)) {
            r.beginObject();
            String kind = r.nextName();
            if (kind.equals(BATCH)) {
                int number = r.nextInt();
                String hash = null;
                boolean failed = false;
                while (r.hasNext() && (hash == null || !failed)) {
                    String name = r.nextName();
                    if (name.equals("ids")) {
                        hash = r.nextString();
                    } else if (name.equals("failed")) {
                        failed = r.nextBoolean();
                        break;
                    } else {
                        r.skipValue();
                    }
                }
                return new Peek(BATCH, number, hash, failed);
            }
            if (kind.equals(HEADER) || kind.equals(END)) {
                return new Peek(kind, -1, null, false);
            }
            throw new BadLine("it is not a journal record");
        } catch (IOException | RuntimeException e) {
            throw new BadLine("it is not a journal record (" + e.getMessage() + ")");
        }
    }

    // ------------------------------------------------------------------ parts

    private static JsonReader reader(String json) {
        JsonReader r = new JsonReader(new StringReader(json));
        r.setStrictness(Strictness.STRICT);
        return r;
    }

    private static void strings(JsonWriter w, String name, Collection<String> values) throws IOException {
        w.name(name).beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    private static void list(JsonWriter w, String name, Collection<String> values) throws IOException {
        if (!values.isEmpty()) {
            strings(w, name, values);
        }
    }

    private static List<String> strings(JsonReader r) throws IOException {
        List<String> out = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            out.add(r.nextString());
        }
        r.endArray();
        return out;
    }

    private static void readLists(JsonReader r, IdLists ids) throws IOException {
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            List<String> values = strings(r);
            switch (name) {
                case "unavailable" -> ids.unavailable.addAll(values);
                case "video" -> ids.unsupportedForVideoViews.addAll(values);
                case "impressions" -> ids.unsupportedForImpressionsEngagements.addAll(values);
                case "forbidden" -> ids.forbidden.addAll(values);
                case "failed" -> ids.failed.addAll(values);
                default -> {
                    // a list a later version writes: kept out of this one's result
                }
            }
        }
        r.endObject();
    }

    private static void window(JsonWriter w, TimeWindow tw) throws IOException {
        if (tw == null) {
            w.nullValue();
            return;
        }
        w.beginObject().name("start").value(tw.start().toString()).name("end").value(tw.end().toString()).endObject();
    }

    private static TimeWindow window(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        Instant start = null;
        Instant end = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "start" -> start = Instant.parse(r.nextString());
                case "end" -> end = Instant.parse(r.nextString());
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new TimeWindow(start, end);
    }

    private static SourceIdentity identity(JsonReader r) throws IOException {
        String name = null;
        long size = 0;
        long modified = 0;
        long crc = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = r.nextString();
                case "size" -> size = r.nextLong();
                case "modified" -> modified = r.nextLong();
                case "crc32c" -> crc = r.nextLong();
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new SourceIdentity(name, size, modified, crc);
    }

    private static Grouping grouping(JsonReader r) throws IOException {
        String name = null;
        List<GroupKey> keys = new ArrayList<>();
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "name" -> name = r.nextString();
                case "group_by" -> {
                    for (String k : strings(r)) {
                        keys.add(known(GroupKey.fromWireName(k, false), "group_by key " + k));
                    }
                }
                default -> r.skipValue();
            }
        }
        r.endObject();
        return new Grouping(known(name, "grouping name"), keys);
    }

    private static String nullableString(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return r.nextString();
    }

    private static Integer nullableInt(JsonReader r) throws IOException {
        if (r.peek() == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        return r.nextInt();
    }

    private static <T> T known(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("unknown or missing " + what);
        }
        return value;
    }
}
