package dev.engagement.app;

/** How to authenticate, as chosen with {@code --auth}. */
public enum AuthMode {
    /** User context when access tokens are present, app-only where that serves the request better. */
    auto,
    /** OAuth 1.0a with the access token and secret. */
    user,
    /** OAuth 1.0a signed with the consumer key and secret alone. */
    app,
    /** An OAuth 2.0 bearer token. */
    bearer
}
