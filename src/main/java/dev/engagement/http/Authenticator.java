package dev.engagement.http;

import dev.engagement.api.AuthKind;
import org.apache.hc.core5.http.ClassicHttpRequest;

/** Adds credentials to a request. Called for every attempt, so each attempt carries a fresh signature. */
public interface Authenticator {
    /** Signs the request in place (it carries no Authorization header yet) and returns it. */
    ClassicHttpRequest authenticate(ClassicHttpRequest request);

    AuthKind kind();

    /** Which credential is used, for messages: names and masked values only. */
    String describe();
}
