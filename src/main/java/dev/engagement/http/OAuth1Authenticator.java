package dev.engagement.http;

import java.time.Clock;
import oauth.signpost.exception.OAuthException;

/**
 * OAuth 1.0a HMAC-SHA1 signing through signpost (spec 7.2): with an access token for user context,
 * or with the consumer key alone for app-only access. A new consumer signs every attempt, because
 * signpost reuses the nonce and timestamp of a request that is already signed. The timestamp comes
 * from the run's clock, so a run and the server it talks to agree on what "now" is.
 */
public final class OAuth1Authenticator implements Authenticator {
    private final String consumerKey;
    private final String consumerSecret;
    private final String accessToken;
    private final String accessTokenSecret;
    private final Clock clock;

    /** User context, timestamped by the system clock. */
    public OAuth1Authenticator(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
        this(consumerKey, consumerSecret, accessToken, accessTokenSecret, Clock.systemUTC());
    }

    private OAuth1Authenticator(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
            Clock clock) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.accessToken = accessToken;
        this.accessTokenSecret = accessTokenSecret;
        this.clock = clock;
    }

    /** App-only: signed with the consumer key and secret alone. */
    public static OAuth1Authenticator consumerOnly(String consumerKey, String consumerSecret) {
        return new OAuth1Authenticator(consumerKey, consumerSecret, null, null);
    }

    /** The same signer with its timestamps taken from {@code clock}. */
    public OAuth1Authenticator timestampedBy(Clock clock) {
        return new OAuth1Authenticator(consumerKey, consumerSecret, accessToken, accessTokenSecret, clock);
    }

    @Override
    public WireRequest authenticate(WireRequest request) {
        SignpostRequest signable = new SignpostRequest(request);
        try {
            newConsumer().sign(signable);
        } catch (OAuthException e) {
            throw new IllegalStateException("Could not sign the request with OAuth 1.0a: " + e.getClass().getSimpleName());
        }
        return signable.signed();
    }

    SignpostConsumer newConsumer() {
        SignpostConsumer consumer = new SignpostConsumer(consumerKey, consumerSecret, clock);
        if (accessToken != null) {
            consumer.setTokenWithSecret(accessToken, accessTokenSecret);
        }
        return consumer;
    }

    @Override
    public String toString() {
        return "OAuth1Authenticator[" + (accessToken == null ? "app-only" : "user context") + ", secrets hidden]";
    }
}
