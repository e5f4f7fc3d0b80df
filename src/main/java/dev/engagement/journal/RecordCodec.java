package dev.engagement.journal;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.Grouping;
import dev.engagement.json.JsonSpans;
import dev.engagement.merge.BatchResult;
import dev.engagement.merge.IdLists;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** The batch records (a batch's counts and ID lists) and the end record of a run. */
final class RecordCodec {
    private RecordCodec() {
    }

    /** Told where in the record's text each grouping's counts were written. */
    @FunctionalInterface
    interface CountsWritten {
        void at(String grouping, int start, int end);
    }

    /**
     * Appends the batch record to {@code text}. Where each grouping's counts were written is told only
     * while the text is ASCII, so that their byte positions are their positions in the decoded text too.
     */
    static void batch(LineBytes text, int number, String idsHash, Instant at, BatchResult result, boolean failed,
            CountsWritten written) throws IOException {
        JsonWriter w = new JsonWriter(text);
        w.beginObject().name(JournalLines.BATCH).value(number).name("ids").value(idsHash).name("failed").value(failed)
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
        profiles(w, result.fetchedBy());
        w.name("groupings").beginObject();
        for (String g : result.groupingNames()) {
            CountTree counts = result.counts(g);
            if (!counts.isEmpty()) {
                // The name and its colon through the writer, then the counts straight into the text it writes
                // to (the writer holds nothing back): no second copy of the largest part of the record.
                w.name(g).jsonValue("");
                int start = text.length();
                byte[] compact = result.compactCounts(g);
                if (compact != null) {
                    text.appendAscii(compact);
                } else {
                    StringBuilder json = new StringBuilder();
                    CountTreeJson.appendCompact(json, counts, false);
                    text.append(json);
                }
                if (text.isAscii()) {
                    written.at(g, start, text.length());
                }
            }
        }
        w.endObject();
        w.endObject().flush();
    }

    /** A batch record's result; of its groupings only those in {@code wanted} are read (null: all). */
    static BatchResult readBatch(String json, List<Grouping> groupings, Set<String> wanted) throws JournalLines.BadLine {
        BatchResult result = new BatchResult(groupings);
        try (JsonReader r = JournalLines.reader(json)) {
            String start = null;
            String end = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "start" -> start = r.nextString();
                    case "end" -> end = r.nextString();
                    case "lists" -> readLists(r, result.ids());
                    case PROFILES -> readProfiles(r, result);
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
            throw new JournalLines.BadLine("its batch cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Where one grouping's counts start in a batch record, or -1 when the record has none. */
    static int groupingStart(String json, String grouping) throws JournalLines.BadLine {
        try {
            int groupings = JsonSpans.member(json, 0, "groupings");
            return groupings < 0 ? -1 : JsonSpans.member(json, groupings, grouping);
        } catch (IOException | RuntimeException e) {
            throw new JournalLines.BadLine("its batch cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The end record's state, time and reason. */
    record Ending(boolean complete, Instant at, String reason) {
    }

    static void end(Writer out, boolean complete, Instant at, String reason) throws IOException {
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name(JournalLines.END).value(complete ? JournalLines.COMPLETE : JournalLines.STOPPED).name("at").value(at.toString());
        if (reason != null) {
            w.name("reason").value(reason);
        }
        w.endObject().flush();
    }

    static Ending readEnd(String json) throws JournalLines.BadLine {
        try (JsonReader r = JournalLines.reader(json)) {
            boolean complete = false;
            Instant at = null;
            String reason = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case JournalLines.END -> complete = r.nextString().equals(JournalLines.COMPLETE);
                    case "at" -> at = Instant.parse(r.nextString());
                    case "reason" -> reason = r.nextString();
                    default -> r.skipValue();
                }
            }
            r.endObject();
            return new Ending(complete, at, reason);
        } catch (IOException | RuntimeException e) {
            throw new JournalLines.BadLine("its end record cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Which profile fetched which Tweets, in a run that routes between profiles: {@code "profiles":
     * {"NAME": [ids]}}. Optional, so journals without it (one token) read as before, and a reader that
     * does not know it skips it.
     */
    static final String PROFILES = "profiles";

    private static void profiles(JsonWriter w, Map<String, String> fetchedBy) throws IOException {
        if (fetchedBy.isEmpty()) {
            return;
        }
        Map<String, List<String>> byProfile = new LinkedHashMap<>();
        fetchedBy.forEach((id, p) -> byProfile.computeIfAbsent(p, k -> new ArrayList<>()).add(id));
        w.name(PROFILES).beginObject();
        for (Map.Entry<String, List<String>> e : byProfile.entrySet()) {
            JournalLines.strings(w, e.getKey(), e.getValue());
        }
        w.endObject();
    }

    private static void readProfiles(JsonReader r, BatchResult result) throws IOException {
        r.beginObject();
        while (r.hasNext()) {
            String profile = r.nextName();
            for (String id : JournalLines.strings(r)) {
                result.fetchedBy(id, profile);
            }
        }
        r.endObject();
    }

    private static void list(JsonWriter w, String name, Collection<String> values) throws IOException {
        if (!values.isEmpty()) {
            JournalLines.strings(w, name, values);
        }
    }

    private static void readLists(JsonReader r, IdLists ids) throws IOException {
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            List<String> values = JournalLines.strings(r);
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
}
