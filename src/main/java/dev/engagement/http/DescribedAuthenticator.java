package dev.engagement.http;

import dev.engagement.api.AuthKind;
import org.apache.hc.core5.http.ClassicHttpRequest;

/** An authenticator that names its credentials by where they came from (environment, profile, sandbox). */
final class DescribedAuthenticator implements Authenticator {
    private final Authenticator delegate;
    private final String description;

    DescribedAuthenticator(Authenticator delegate, String description) {
        this.delegate = delegate;
        this.description = description;
    }

    @Override
    public ClassicHttpRequest authenticate(ClassicHttpRequest request) {
        return delegate.authenticate(request);
    }

    @Override
    public AuthKind kind() {
        return delegate.kind();
    }

    @Override
    public String describe() {
        return description;
    }
}
