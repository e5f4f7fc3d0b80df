package dev.engagement.sandbox;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code POST /oauth2/token} (spec 7.5): HTTP Basic with the sandbox consumer key and secret and
 * {@code grant_type=client_credentials} give the sandbox bearer token; anything else is 403 with
 * X's standard error shapes. Not numbered, not faulted, not budgeted.
 */
final class TokenEndpoint {
    static final String PATH = "/oauth2/token";
    private static final byte[] INVALID_CREDENTIALS = ("{\"errors\":[{\"code\":99,"
            + "\"label\":\"authenticity_token_error\",\"message\":\"Unable to verify your credentials\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] MISSING_GRANT = ("{\"errors\":[{\"code\":170,"
            + "\"label\":\"forbidden_missing_parameter\",\"message\":\"Missing required parameter: grant_type\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    /** The key and secret of a Basic header; both null when there is none or it does not decode. */
    private record Basic(String key, String secret) {
        static final Basic NONE = new Basic(null, null);

        static Basic parse(String authorization) {
            if (authorization == null || !authorization.strip().regionMatches(true, 0, "Basic ", 0, 6)) {
                return NONE;
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.strip().substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? new Basic(OAuth1.formDecode(decoded.substring(0, colon)),
                        OAuth1.formDecode(decoded.substring(colon + 1))) : NONE;
            } catch (IllegalArgumentException e) {
                return NONE;
            }
        }
    }

    private final SandboxCredentials credentials;
    private final Responses responses;

    TokenEndpoint(SandboxCredentials credentials, Responses responses) {
        this.credentials = credentials;
        this.responses = responses;
    }

    void handle(Exchange x) throws IOException {
        x.endpoint = "oauth2/token";
        if (!x.method().equals("POST")) {
            responses.methodNotAllowed(x);
            return;
        }
        byte[] raw = x.readBody();
        Basic basic = Basic.parse(x.header("Authorization"));
        boolean known = SandboxAuthenticator.constantTimeEquals(basic.key(), credentials.consumerKey())
                & SandboxAuthenticator.constantTimeEquals(basic.secret(), credentials.consumerSecret());
        if (!known) {
            responses.send(x, 403, INVALID_CREDENTIALS);
            return;
        }
        x.auth = "basic";
        x.consumerKey = basic.key();
        String grant = grantType(raw == null ? "" : new String(raw, StandardCharsets.UTF_8));
        if (grant == null) {
            responses.send(x, 403, MISSING_GRANT);
        } else if (!grant.equals("client_credentials")) {
            responses.send(x, 403, INVALID_CREDENTIALS);
        } else {
            responses.send(x, 200, tokenJson());
        }
    }

    /** The last {@code grant_type} of a form body; null when there is none or the form does not decode. */
    private static String grantType(String form) {
        String grant = null;
        try {
            for (OAuth1.Param p : OAuth1.parseForm(form)) {
                if (p.name().equals("grant_type")) {
                    grant = p.value();
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return grant;
    }

    private byte[] tokenJson() throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginObject().name("token_type").value("bearer").name("access_token").value(credentials.bearerToken())
                    .endObject();
        }
        return sw.toString().getBytes(StandardCharsets.UTF_8);
    }
}
