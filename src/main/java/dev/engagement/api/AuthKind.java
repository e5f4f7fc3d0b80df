package dev.engagement.api;

/** The two kinds of authentication the API distinguishes (spec 7.1). */
public enum AuthKind {
    /** OAuth 1.0a signed with the Tweet owner's access token. */
    USER,
    /** A bearer token, or OAuth 1.0a signed with the consumer key and secret alone. */
    APP
}
