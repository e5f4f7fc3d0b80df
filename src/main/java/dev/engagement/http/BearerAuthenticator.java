package dev.engagement.http;

import dev.engagement.api.AuthKind;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHeaders;

/** App-only authentication with an OAuth 2.0 bearer token (spec 7.5). */
public final class BearerAuthenticator implements Authenticator {
    private final String token;

    public BearerAuthenticator(String token) {
        this.token = token;
    }

    @Override
    public ClassicHttpRequest authenticate(ClassicHttpRequest request) {
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return request;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.APP;
    }

    @Override
    public String describe() {
        return "app-only bearer token ENGAGEMENT_BEARER_TOKEN=" + Credentials.mask(token);
    }
}
