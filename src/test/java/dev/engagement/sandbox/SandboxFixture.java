package dev.engagement.sandbox;

import dev.engagement.testing.MutableClock;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.UnaryOperator;

/** A sandbox on a free loopback port with a hand-moved clock and a pause that only records. */
final class SandboxFixture implements AutoCloseable {
    /** Not on the hour, so the 28hr window has 29 buckets. */
    static final Instant NOW = Instant.parse("2026-06-15T12:34:56Z");

    enum Auth { USER, OTHER, APP_OAUTH, BEARER, NONE }

    final MutableClock clock = new MutableClock(NOW);
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final Sandbox sandbox;
    final SandboxData data;
    final SandboxCredentials creds;
    private final AtomicLong nonce = new AtomicLong();

    private SandboxFixture(UnaryOperator<SandboxConfig.Builder> tweak) {
        SandboxConfig.Builder b = SandboxConfig.builder().port(0).seed(42).clock(clock).pause(sleeps::add);
        sandbox = Sandbox.start(tweak.apply(b).build());
        data = sandbox.data();
        creds = sandbox.credentials();
    }

    static SandboxFixture start() {
        return new SandboxFixture(b -> b);
    }

    static SandboxFixture start(UnaryOperator<SandboxConfig.Builder> tweak) {
        return new SandboxFixture(tweak);
    }

    int port() {
        return sandbox.port();
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public void close() {
        sandbox.close();
    }

    // ------------------------------------------------------------ requests

    RawHttp.Response post(String endpoint, String json) {
        return post(Auth.USER, endpoint, json);
    }

    RawHttp.Response post(Auth auth, String endpoint, String json) {
        return request("POST", "/insights/engagement/" + endpoint, auth, Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a request; default headers are Content-Type JSON and Accept-Encoding gzip; an extra
     * header with an empty value removes a default.
     */
    RawHttp.Response request(String method, String target, Auth auth, Map<String, String> extra, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Accept-Encoding", "gzip");
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String query = q < 0 ? null : target.substring(q + 1);
        String auth1 = authHeader(auth, method, "http://127.0.0.1:" + port() + path, query);
        if (auth1 != null) {
            headers.put("Authorization", auth1);
        }
        headers.putAll(extra);
        headers.values().removeIf(String::isEmpty);
        try {
            return RawHttp.send(port(), method, target, headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String authHeader(Auth auth, String method, String baseUrl, String query) {
        long ts = now().getEpochSecond();
        String n = "nonce" + nonce.incrementAndGet();
        switch (auth) {
            case USER:
                return TestSigner.header(method, baseUrl, query, creds.consumerKey(), creds.consumerSecret(),
                        creds.accessToken(), creds.accessTokenSecret(), ts, n);
            case OTHER:
                return TestSigner.header(method, baseUrl, query, creds.consumerKey(), creds.consumerSecret(),
                        creds.otherAccessToken(), creds.otherAccessTokenSecret(), ts, n);
            case APP_OAUTH:
                return TestSigner.header(method, baseUrl, query, creds.consumerKey(), creds.consumerSecret(),
                        null, null, ts, n);
            case BEARER:
                return "Bearer " + creds.bearerToken();
            default:
                return null;
        }
    }

    // ------------------------------------------------------------ bodies and JSON

    static String body(List<?> ids, List<String> types, Map<String, List<String>> groupings) {
        return body(ids, types, groupings, null, null);
    }

    static String body(List<?> ids, List<String> types, Map<String, List<String>> groupings, String start, String end) {
        JsonObject o = new JsonObject();
        JsonArray a = new JsonArray();
        for (Object id : ids) {
            a.add(id.toString());
        }
        o.add("tweet_ids", a);
        JsonArray t = new JsonArray();
        types.forEach(t::add);
        o.add("engagement_types", t);
        JsonObject g = new JsonObject();
        groupings.forEach((name, keys) -> {
            JsonObject gb = new JsonObject();
            JsonArray k = new JsonArray();
            keys.forEach(k::add);
            gb.add("group_by", k);
            g.add(name, gb);
        });
        o.add("groupings", g);
        if (start != null) {
            o.addProperty("start", start);
        }
        if (end != null) {
            o.addProperty("end", end);
        }
        return o.toString();
    }

    static Map<String, List<String>> grouping(String name, String... keys) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(name, List.of(keys));
        return m;
    }

    static JsonObject json(RawHttp.Response r) {
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    static List<String> errors(RawHttp.Response r) {
        List<String> out = new ArrayList<>();
        JsonObject o = json(r);
        if (o.has("errors")) {
            o.getAsJsonArray("errors").forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        if (o.has(key)) {
            o.getAsJsonArray(key).forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    /**
     * A grouping object as nested sorted maps with Long leaves; fails if a count is not a JSON
     * string of digits (the wire format).
     */
    static Object plain(JsonElement e) {
        if (e.isJsonObject()) {
            Map<String, Object> m = new TreeMap<>();
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                m.put(x.getKey(), plain(x.getValue()));
            }
            return m;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || !e.getAsString().matches("\\d+")) {
            throw new AssertionError("count is not a string of digits: " + e);
        }
        return Long.parseLong(e.getAsString());
    }

    // ------------------------------------------------------------ Tweet IDs with properties

    /** The first {@code count} IDs created at {@code created} that satisfy {@code p}. */
    List<Long> ids(Instant created, int count, LongPredicate p) {
        List<Long> out = new ArrayList<>();
        for (int n = 0; out.size() < count; n++) {
            long id = SandboxData.idAt(created, n);
            if (p.test(id)) {
                out.add(id);
            }
        }
        return out;
    }

    long id(Instant created, LongPredicate p) {
        return ids(created, 1, p).get(0);
    }

    /** Owned by the sandbox user, neither deleted nor protected. */
    boolean owned(long id) {
        return data.authorOf(id) == SandboxData.SANDBOX_USER_ID && !data.isDeleted(id) && !data.isProtected(id);
    }

    /** Written by someone else, neither deleted nor protected. */
    boolean foreign(long id) {
        return data.authorOf(id) != SandboxData.SANDBOX_USER_ID && !data.isDeleted(id) && !data.isProtected(id);
    }
}
