package dev.engagement.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The run report of {@code --report FILE}: JSON laid out as src/main/resources/run-report.schema.json
 * describes, {@code "schema": 1}. Durations are seconds (a decimal number), instants ISO-8601 UTC.
 */
public final class ReportJson {
    /** The JSON Schema of the report, on the class path. */
    public static final String SCHEMA_RESOURCE = "/run-report.schema.json";

    private ReportJson() {
    }

    public static void write(Path file, RunReport r) throws IOException {
        AtomicText.write(file, render(r) + "\n");
    }

    public static String render(RunReport r) {
        JsonObject o = new JsonObject();
        o.addProperty("schema", RunReport.SCHEMA);
        JsonObject tool = new JsonObject();
        tool.addProperty("name", "engagement");
        tool.addProperty("version", r.version());
        o.add("tool", tool);
        o.add("command_line", strings(r.commandLine()));
        o.addProperty("endpoint", r.endpoint());
        o.addProperty("profile", r.profile());
        o.addProperty("started", r.started().toString());
        o.addProperty("ended", r.ended().toString());
        o.addProperty("duration_seconds", seconds(r.duration()));

        JsonObject ids = new JsonObject();
        ids.addProperty("read", r.ids().read());
        ids.addProperty("unique", r.ids().unique());
        ids.addProperty("duplicates", r.ids().duplicates());
        ids.addProperty("invalid_skipped", r.ids().invalidSkipped());
        o.add("ids", ids);

        JsonObject requests = new JsonObject();
        requests.addProperty("total", r.traffic().requests());
        requests.addProperty("answered", r.traffic().answered());
        requests.addProperty("retries", r.traffic().retries());
        requests.addProperty("rate_limited", r.traffic().rateLimited());
        o.add("requests", requests);

        JsonObject waits = new JsonObject();
        waits.addProperty("total_seconds", seconds(r.traffic().totalWait()));
        JsonObject byReason = new JsonObject();
        r.traffic().waits().forEach((reason, d) -> byReason.addProperty(reason, seconds(d)));
        waits.add("by_reason", byReason);
        o.add("waits", waits);

        JsonObject lists = new JsonObject();
        r.idLists().forEach(lists::addProperty);
        o.add("id_lists", lists);
        o.addProperty("tweets_fetched", r.tweetsFetched());
        o.addProperty("partial", r.partial());

        JsonObject exit = new JsonObject();
        exit.addProperty("code", r.exit().code());
        exit.addProperty("meaning", r.exit().meaning());
        o.add("exit", exit);
        o.addProperty("error", r.error());

        JsonArray outputs = new JsonArray();
        for (RunReport.OutputFile f : r.outputs()) {
            JsonObject e = new JsonObject();
            e.addProperty("role", f.role());
            e.addProperty("path", f.path());
            e.addProperty("bytes", f.bytes());
            e.addProperty("sha256", f.sha256());
            outputs.add(e);
        }
        o.add("outputs", outputs);
        o.addProperty("journal", r.journal());

        JsonObject top = new JsonObject();
        for (Map.Entry<String, List<RunReport.Ranked>> metric : r.top().entrySet()) {
            JsonArray ranked = new JsonArray();
            for (RunReport.Ranked t : metric.getValue()) {
                JsonObject e = new JsonObject();
                e.addProperty("tweet_id", t.tweetId());
                e.addProperty("count", t.count());
                ranked.add(e);
            }
            top.add(metric.getKey(), ranked);
        }
        o.add("top_tweets", top);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o);
    }

    private static JsonArray strings(List<String> list) {
        JsonArray a = new JsonArray();
        list.forEach(a::add);
        return a;
    }

    static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
