package dev.engagement.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A deliberately wrong API on loopback, for what the sandbox never does: answers that look fine
 * but are not, servers that trickle or hang, redirects. It checks no signature; its answers come
 * from a function of the request number (from 1) and the requested Tweet IDs.
 */
final class FakeApi implements AutoCloseable {
    /** An answer: status, headers, body; {@code trickle}: send the body a byte every 50 ms; {@code hang}: never answer. */
    record Reply(int status, Map<String, String> headers, String body, boolean trickle, boolean hang) {
        static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, false, false);
        }
    }

    private final HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    final List<List<String>> requestedIds = new CopyOnWriteArrayList<>();

    FakeApi(BiFunction<Integer, List<String>, Reply> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-api");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", ex -> answer(ex, answers));
        server.start();
    }

    private void answer(HttpExchange ex, BiFunction<Integer, List<String>, Reply> answers) throws IOException {
        List<String> ids = new ArrayList<>();
        try {
            JsonObject body = JsonParser.parseString(new String(ex.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            for (JsonElement id : body.getAsJsonArray("tweet_ids")) {
                ids.add(id.getAsString());
            }
        } catch (RuntimeException e) {
            // not an API request: answered all the same
        }
        requestedIds.add(ids);
        Reply reply = answers.apply(requests.incrementAndGet(), ids);
        try {
            if (reply.hang()) {
                Thread.sleep(120_000);
                return;
            }
            reply.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                OutputStream out = ex.getResponseBody();
                if (reply.trickle()) {
                    for (byte b : bytes) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(50);
                    }
                } else {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException | IOException e) {
            // the client went away: that is what some tests are about
        } finally {
            ex.close();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/insights/engagement";
    }

    int requests() {
        return requests.get();
    }

    /** A command line pointed at this server with an app-only bearer token. */
    Cli cli() {
        return new Cli().env("ENGAGEMENT_API_URL", url()).env("ENGAGEMENT_BEARER_TOKEN", "AAAA-fake-bearer");
    }

    /** A well-formed totals answer for {@code ids}: every public metric {@code count} for each. */
    static String totals(List<String> ids, String count) {
        JsonObject byTweet = new JsonObject();
        for (String id : ids) {
            JsonObject counts = new JsonObject();
            for (String m : List.of("favorites", "retweets", "quote_tweets", "replies", "video_views")) {
                counts.addProperty(m, count);
            }
            byTweet.add(id, counts);
        }
        JsonObject doc = new JsonObject();
        doc.add("by_tweet", byTweet);
        return doc.toString();
    }

    static JsonArray array(List<String> ids) {
        JsonArray a = new JsonArray();
        ids.forEach(a::add);
        return a;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
