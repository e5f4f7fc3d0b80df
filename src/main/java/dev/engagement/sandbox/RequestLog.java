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

/**
 * One JSON line per request, flushed per line. Holds no secrets: no Authorization header, no
 * signature, no token; the consumer key identifies the app as the rate limit does.
 */
final class RequestLog implements Closeable {

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

    /** The line for an exchange: what it asked, how it was authenticated, its status and fault, how long it took. */
    private static String toJson(Exchange x, double durationMs) {
        StringWriter sw = new StringWriter(160);
        try (JsonWriter w = new JsonWriter(sw)) {
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("time").value(x.time.toString());
            w.name("request").value(x.request);
            w.name("method").value(x.method());
            w.name("path").value(x.rawPath());
            w.name("endpoint").value(x.endpoint);
            w.name("tweet_ids").beginArray();
            for (String id : x.tweetIds) {
                w.value(id);
            }
            w.endArray();
            w.name("auth").value(x.auth);
            w.name("consumer_key").value(x.consumerKey);
            if (x.status > 0) {
                w.name("status").value(x.status);
            } else {
                w.name("status").nullValue();
            }
            w.name("duration_ms").value(Math.round(durationMs * 1000) / 1000.0);
            w.name("fault").value(x.fault == null ? null : x.fault.token());
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    synchronized void write(Exchange x, double durationMs) {
        try {
            out.write(toJson(x, durationMs));
            out.newLine();
            out.flush();
        } catch (IOException e) {
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
