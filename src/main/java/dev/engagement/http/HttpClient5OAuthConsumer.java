package dev.engagement.http;

import java.security.SecureRandom;
import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.http.HttpRequest;
import org.apache.hc.core5.http.ClassicHttpRequest;

/** A signpost consumer for Apache HttpClient 5 classic requests, with a nonce from a secure random source. */
class HttpClient5OAuthConsumer extends AbstractOAuthConsumer {
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    HttpClient5OAuthConsumer(String consumerKey, String consumerSecret) {
        super(consumerKey, consumerSecret);
    }

    @Override
    protected HttpRequest wrap(Object request) {
        if (!(request instanceof ClassicHttpRequest)) {
            throw new IllegalArgumentException("expected an HttpClient 5 ClassicHttpRequest");
        }
        return new HttpClient5RequestAdapter((ClassicHttpRequest) request);
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
