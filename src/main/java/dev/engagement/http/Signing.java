package dev.engagement.http;

import java.io.IOException;

/** The step that signs each attempt just before it is sent. */
public final class Signing implements Interceptor {
    private final Authenticator authenticator;

    public Signing(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public HttpResult intercept(Chain chain) throws IOException, InterruptedException {
        return chain.proceed(authenticator.authenticate(chain.request()));
    }
}
