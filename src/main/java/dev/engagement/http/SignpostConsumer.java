package dev.engagement.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.http.HttpRequest;

/** A signpost consumer that signs our {@link SignpostRequest}s, with a nonce from a secure random source and the given clock's time. */
class SignpostConsumer extends AbstractOAuthConsumer {
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int NONCE_LENGTH = 32;
    /** The largest multiple of 62 a byte holds (4 x 62). */
    private static final int UNIFORM_BELOW = 248;

    private final transient Clock clock;
    private final transient Random random;

    SignpostConsumer(String consumerKey, String consumerSecret, Clock clock) {
        this(consumerKey, consumerSecret, clock, RANDOM);
    }

    /** With nonces drawn from {@code random} (tests give a seeded one). */
    SignpostConsumer(String consumerKey, String consumerSecret, Clock clock, Random random) {
        super(consumerKey, consumerSecret);
        this.clock = clock;
        this.random = random;
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

    /**
     * 32 random letters and digits, from one draw of random bytes: each draw from the system's source is a
     * read and a SHA-1 mix, so a draw per character was a fifth of a request's signing. Bytes from 248 up
     * are passed over, so that each of the 62 characters is equally likely.
     */
    @Override
    protected String generateNonce() {
        char[] nonce = new char[NONCE_LENGTH];
        byte[] bytes = new byte[NONCE_LENGTH + 8];
        int filled = 0;
        while (filled < nonce.length) {
            random.nextBytes(bytes);
            for (int k = 0; k < bytes.length && filled < nonce.length; k++) {
                int v = bytes[k] & 0xFF;
                if (v < UNIFORM_BELOW) {
                    nonce[filled++] = ALPHANUMERIC[v % ALPHANUMERIC.length];
                }
            }
        }
        return new String(nonce);
    }
}
