package dev.engagement.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Obtains an app-only bearer token from the consumer key and secret (spec 7.5):
 * {@code POST {auth-url}/oauth2/token} with {@code Authorization: Basic base64(urlencode(key) ":" urlencode(secret))}
 * and the form body {@code grant_type=client_credentials}; the answer must have {@code token_type} bearer.
 */
public final class BearerTokenClient {
    public static final String DEFAULT_AUTH_URL = "https://api.x.com";
    static final String TOKEN_PATH = "/oauth2/token";

    private final HttpTransport transport;

    public BearerTokenClient(HttpTransport transport) {
        this.transport = transport;
    }

    /** The Basic credential of spec 7.5: form-urlencoded key and secret joined by a colon, in base64. */
    public static String basicCredential(String consumerKey, String consumerSecret) {
        String pair = URLEncoder.encode(consumerKey, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(consumerSecret, StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** The token endpoint under {@code authUrl} (an http(s) URL; a URL already ending in /oauth2/token is kept). */
    public static URI tokenUri(String authUrl) {
        try {
            URI uri = new URI(authUrl.strip());
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new URISyntaxException(authUrl, "not an http(s) URL");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            if (!path.endsWith(TOKEN_PATH)) {
                path += TOKEN_PATH;
            }
            return new URI(uri.getScheme(), uri.getRawAuthority(), path, null, null);
        } catch (URISyntaxException e) {
            throw EngagementException.usage("--auth-url '" + authUrl + "' is not a URL such as " + DEFAULT_AUTH_URL + ".");
        }
    }

    /** Asks for a token with the consumer key and secret of {@code c}; refusals become exit-3 sentences. */
    public String obtain(URI tokenUri, Credentials c) {
        HttpPost post = new HttpPost(tokenUri);
        post.setHeader(HttpHeaders.AUTHORIZATION, "Basic " + basicCredential(c.consumerKey(), c.consumerSecret()));
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        post.setHeader(HttpHeaders.USER_AGENT, "engagement-cli");
        post.setEntity(new StringEntity("grant_type=client_credentials",
                ContentType.create("application/x-www-form-urlencoded", StandardCharsets.UTF_8)));
        HttpResult result;
        try {
            result = transport.execute(post);
        } catch (IOException e) {
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "Could not reach the token endpoint " + tokenUri
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").", e);
        }
        JsonObject body = parse(result.bodyText());
        if (result.status() == 401 || result.status() == 403) {
            throw EngagementException.auth("The token endpoint " + tokenUri + " refused the " + c.describe(ProfileField.CONSUMER_KEY)
                    + " and its consumer secret (" + c.provenance().source(ProfileField.CONSUMER_SECRET) + ") with HTTP "
                    + result.status() + ": " + said(body, result) + "; check that the key and secret belong together "
                    + "and are current (regenerated keys invalidate the old secret).");
        }
        if (result.status() != 200) {
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "The token endpoint " + tokenUri + " answered HTTP "
                    + result.status() + ": " + said(body, result) + ".");
        }
        String type = body == null ? null : string(body, "token_type");
        String token = body == null ? null : string(body, "access_token");
        if (type == null || !type.equalsIgnoreCase("bearer") || token == null || token.isBlank()) {
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, "The token endpoint " + tokenUri
                    + " did not answer with a bearer token (token_type " + (type == null ? "missing" : "'" + type + "'")
                    + "); not using its answer.");
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
