package dev.engagement.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * One JSON line per request, flushed per line. Holds no secrets: no Authorization header, no
 * signature, no token; the consumer key identifies the app as the rate limit does.
 */
final class RequestLog implements Closeable {

    /** What is logged about one request. */
    record Entry(Instant time, long request, String method, String path, String endpoint, List<String> tweetIds,
            String auth, String consumerKey, int status, double durationMs, String fault) {
    }

    private final BufferedWriter out;

    RequestLog(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open request log " + file + ": " + e.getMessage(), e);
        }
    }

    static String toJson(Entry e) {
        StringWriter sw = new StringWriter(160);
        try (JsonWriter w = new JsonWriter(sw)) {
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("time").value(e.time().toString());
            w.name("request").value(e.request());
            w.name("method").value(e.method());
            w.name("path").value(e.path());
            w.name("endpoint").value(e.endpoint());
            w.name("tweet_ids").beginArray();
            for (String id : e.tweetIds()) {
                w.value(id);
            }
            w.endArray();
            w.name("auth").value(e.auth());
            w.name("consumer_key").value(e.consumerKey());
            if (e.status() > 0) {
                w.name("status").value(e.status());
            } else {
                w.name("status").nullValue();
            }
            w.name("duration_ms").value(Math.round(e.durationMs() * 1000) / 1000.0);
            w.name("fault").value(e.fault());
            w.endObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return sw.toString();
    }

    synchronized void write(Entry e) {
        try {
            out.write(toJson(e));
            out.newLine();
            out.flush();
        } catch (IOException ex) {
            // A full disk must not take the sandbox down; the request itself was answered.
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
