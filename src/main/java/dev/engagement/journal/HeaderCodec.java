package dev.engagement.journal;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.engagement.api.Endpoint;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import dev.engagement.fetch.RequestShape;
import dev.engagement.input.SourceIdentity;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The header record: where the run came from, what its requests ask for, and what was planned. */
final class HeaderCodec {
    private HeaderCodec() {
    }

    static void header(Writer out, RunHeader h) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name(JournalLines.HEADER).value(JournalLines.VERSION);
        RunHeader.Origin o = h.origin();
        w.name("fingerprint").value(o.fingerprint()).name("created").value(o.created().toString())
                .name("tool").value(o.tool());
        JournalLines.strings(w, "arguments", o.arguments());
        w.name("inputs").beginArray();
        for (SourceIdentity s : o.inputs()) {
            w.beginObject().name("name").value(s.name()).name("size").value(s.size())
                    .name("modified").value(s.modifiedMillis()).name("crc32c").value(s.crc32c()).endObject();
        }
        w.endArray();
        w.name("endpoint").value(h.shape().endpoint().path());
        JournalLines.strings(w, "metrics", h.shape().metrics().stream().map(Metric::wireName).toList());
        w.name("groupings").beginArray();
        for (Grouping g : h.shape().groupings()) {
            w.beginObject().name("name").value(g.name());
            JournalLines.strings(w, "group_by", g.keys().stream().map(GroupKey::wireName).toList());
            w.endObject();
        }
        w.endArray();
        JournalLines.strings(w, "shown", h.shown().groupings());
        w.name("top_source").value(h.shown().topSource()).name("top").value(h.shown().top());
        w.name("range");
        window(w, h.plan().range());
        w.name("windows").beginArray();
        for (TimeWindow tw : h.plan().windows()) {
            window(w, tw);
        }
        w.endArray();
        w.name("ids").value(h.plan().ids()).name("batches").value(h.plan().batches());
        JournalLines.strings(w, "out_of_range", h.plan().outOfRange());
        if (h.plan().owners() != null) {
            // Optional: a reader that does not know it skips it, so the version stays.
            w.name("owners").value(h.plan().owners());
        }
        if (h.batchHash().wireName() != null) {
            w.name("batch_hash").value(h.batchHash().wireName());
        }
        w.endObject().flush();
    }

    static RunHeader readHeader(String json) throws JournalLines.BadLine {
        try (JsonReader r = JournalLines.reader(json)) {
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
            String owners = null;
            String batchHashName = null;
            int version = -1;
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case JournalLines.HEADER -> version = r.nextInt();
                    case "fingerprint" -> fingerprint = r.nextString();
                    case "created" -> created = Instant.parse(r.nextString());
                    case "tool" -> tool = r.nextString();
                    case "arguments" -> arguments = JournalLines.strings(r);
                    case "inputs" -> {
                        r.beginArray();
                        while (r.hasNext()) {
                            inputs.add(identity(r));
                        }
                        r.endArray();
                    }
                    case "endpoint" -> endpoint = Endpoint.fromPath(r.nextString());
                    case "metrics" -> {
                        for (String m : JournalLines.strings(r)) {
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
                    case "shown" -> shown = JournalLines.strings(r);
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
                    case "out_of_range" -> outOfRange = JournalLines.strings(r);
                    case "owners" -> owners = r.nextString();
                    case "batch_hash" -> batchHashName = r.nextString();
                    default -> r.skipValue();
                }
            }
            r.endObject();
            if (version != JournalLines.VERSION) {
                throw new JournalLines.BadLine("it is a journal of version " + version + ", and this tool reads version " + JournalLines.VERSION);
            }
            BatchHash batchHash = batchHashName == null ? BatchHash.SHA256_PREFIX : BatchHash.fromWireName(batchHashName);
            if (batchHash == null) {
                throw new JournalLines.BadLine("its batches are hashed with " + batchHashName + ", which a newer "
                        + "version of the tool wrote and this one does not know");
            }
            known(endpoint, "endpoint");
            return new RunHeader(new RunHeader.Origin(known(fingerprint, "fingerprint"), known(created, "time"),
                    tool, arguments, inputs), new RequestShape(endpoint, metrics, groupings),
                    new RunHeader.Shown(shown, topSource, top),
                    new RunHeader.Plan(range, windows, ids, batches, outOfRange, owners), batchHash);
        } catch (IOException | RuntimeException e) {
            throw new JournalLines.BadLine("its header cannot be read (" + e.getMessage() + ")");
        }
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
                    for (String k : JournalLines.strings(r)) {
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
