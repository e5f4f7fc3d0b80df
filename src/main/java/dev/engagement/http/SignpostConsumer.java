package dev.engagement.http;

import java.security.SecureRandom;
import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.http.HttpRequest;

/** A signpost consumer that signs our {@link SignpostRequest}s, with a nonce from a secure random source. */
class SignpostConsumer extends AbstractOAuthConsumer {
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    SignpostConsumer(String consumerKey, String consumerSecret) {
        super(consumerKey, consumerSecret);
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
