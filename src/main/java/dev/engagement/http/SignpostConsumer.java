package dev.engagement.http;

import java.security.SecureRandom;
import java.time.Clock;
import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.http.HttpRequest;

/** A signpost consumer that signs our {@link SignpostRequest}s, with a nonce from a secure random source and the given clock's time. */
class SignpostConsumer extends AbstractOAuthConsumer {
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final transient Clock clock;

    SignpostConsumer(String consumerKey, String consumerSecret, Clock clock) {
        super(consumerKey, consumerSecret);
        this.clock = clock;
    }

    @Override
    protected String generateTimestamp() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    @Override
    protected HttpRequest wrap(Object request) {
        if (!(request instanceof SignpostRequest)) {
            throw new IllegalArgumentException("expected a SignpostRequest");
        }
        return (SignpostRequest) request;
    }

    @Override
    protected String generateNonce() {
        char[] nonce = new char[32];
        for (int i = 0; i < nonce.length; i++) {
            nonce[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(nonce);
    }
}
