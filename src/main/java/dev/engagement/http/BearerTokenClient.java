package dev.engagement.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Obtains an app-only bearer token from the consumer key and secret (spec 7.5):
 * {@code POST {auth-url}/oauth2/token} with {@code Authorization: Basic base64(urlencode(key) ":" urlencode(secret))}
 * and the form body {@code grant_type=client_credentials}; the answer must have {@code token_type} bearer.
 */
public final class BearerTokenClient {
    public static final String DEFAULT_AUTH_URL = "https://api.x.com";
    static final String TOKEN_PATH = "/oauth2/token";

    /** The token endpoint answered, but not with a token. */
    public static final class TokenRefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        TokenRefusedException(int status, String said) {
            super(said);
            this.status = status;
        }

        /** The HTTP status; 200 when the answer was not a bearer token. */
        public int status() {
            return status;
        }

        /** 401 or 403: the key and secret were refused. */
        public boolean credentialsRefused() {
            return status == 401 || status == 403;
        }
    }

    private final Transport transport;

    public BearerTokenClient(Transport transport) {
        this.transport = transport;
    }

    /** The Basic credential of spec 7.5: form-urlencoded key and secret joined by a colon, in base64. */
    public static String basicCredential(String consumerKey, String consumerSecret) {
        String pair = URLEncoder.encode(consumerKey, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(consumerSecret, StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The token endpoint under a host URL (a URL already ending in /oauth2/token is kept). */
    public static URI tokenUri(URI authUrl) {
        String path = authUrl.getRawPath() == null ? "" : authUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.endsWith(TOKEN_PATH)) {
            path += TOKEN_PATH;
        }
        try {
            return new URI(authUrl.getScheme(), authUrl.getRawAuthority(), path, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + authUrl, e);
        }
    }

    /**
     * Asks for a token.
     *
     * @throws TokenRefusedException when the answer is not a bearer token (the message says what was answered)
     * @throws IOException           when the endpoint could not be reached
     */
    public String obtain(URI tokenUri, String consumerKey, String consumerSecret)
            throws TokenRefusedException, IOException, InterruptedException {
        WireRequest post = WireRequest.post(tokenUri, "application/x-www-form-urlencoded;charset=UTF-8",
                "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8))
                .withHeader("Authorization", "Basic " + basicCredential(consumerKey, consumerSecret));
        HttpResult result = transport.execute(post);
        JsonObject body = parse(result.bodyText());
        if (result.status() != 200) {
            throw new TokenRefusedException(result.status(), said(body, result));
        }
        String type = body == null ? null : string(body, "token_type");
        String token = body == null ? null : string(body, "access_token");
        if (type == null || !type.equalsIgnoreCase("bearer") || token == null || token.isBlank()) {
            throw new TokenRefusedException(200, "token_type " + (type == null ? "missing" : "'" + type + "'"));
        }
        return token;
    }

    private static JsonObject parse(String text) {
        try {
            JsonElement e = JsonParser.parseString(text);
            return e.isJsonObject() ? e.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    /** The error messages of a refusal, in either style (strings or objects with a message). */
    private static String said(JsonObject body, HttpResult result) {
        List<String> messages = new ArrayList<>();
        if (body != null && body.has("errors") && body.get("errors").isJsonArray()) {
            for (JsonElement e : body.getAsJsonArray("errors")) {
                if (e.isJsonPrimitive()) {
                    messages.add(e.getAsString());
                } else if (e.isJsonObject() && string(e.getAsJsonObject(), "message") != null) {
                    messages.add(string(e.getAsJsonObject(), "message"));
                }
            }
        }
        if (!messages.isEmpty()) {
            return String.join("; ", messages);
        }
        String raw = result.bodyText().strip().replaceAll("\\s+", " ");
        return raw.isEmpty() ? "(no message)" : raw.length() > 200 ? raw.substring(0, 197) + "..." : raw;
    }
}
