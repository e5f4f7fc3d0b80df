package dev.engagement.http;

/** App-only authentication with an OAuth 2.0 bearer token (spec 7.5). */
public final class BearerAuthenticator implements Authenticator {
    private final String token;

    public BearerAuthenticator(String token) {
        this.token = token;
    }

    @Override
    public WireRequest authenticate(WireRequest request) {
        return request.withHeader("Authorization", "Bearer " + token);
    }

    @Override
    public String toString() {
        return "BearerAuthenticator[token hidden]";
    }
}
