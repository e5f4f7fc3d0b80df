package dev.engagement.http;

import dev.engagement.api.AuthKind;
import oauth.signpost.exception.OAuthException;
import org.apache.hc.core5.http.ClassicHttpRequest;

/**
 * OAuth 1.0a HMAC-SHA1 signing through signpost (spec 7.2): with an access token for user context,
 * or with the consumer key alone for app-only access. A new consumer signs every attempt, because
 * signpost reuses the nonce and timestamp of a request that is already signed.
 */
public final class OAuth1Authenticator implements Authenticator {
    private final String consumerKey;
    private final String consumerSecret;
    private final String accessToken;
    private final String accessTokenSecret;

    /** User context. */
    public OAuth1Authenticator(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret) {
        this.consumerKey = consumerKey;
        this.consumerSecret = consumerSecret;
        this.accessToken = accessToken;
        this.accessTokenSecret = accessTokenSecret;
    }

    /** App-only: signed with the consumer key and secret alone. */
    public static OAuth1Authenticator consumerOnly(String consumerKey, String consumerSecret) {
        return new OAuth1Authenticator(consumerKey, consumerSecret, null, null);
    }

    @Override
    public ClassicHttpRequest authenticate(ClassicHttpRequest request) {
        HttpClient5OAuthConsumer consumer = newConsumer();
        try {
            consumer.sign(request);
        } catch (OAuthException e) {
            throw new IllegalStateException("Could not sign the request with OAuth 1.0a: " + e.getClass().getSimpleName());
        }
        return request;
    }

    HttpClient5OAuthConsumer newConsumer() {
        HttpClient5OAuthConsumer consumer = new HttpClient5OAuthConsumer(consumerKey, consumerSecret);
        if (accessToken != null) {
            consumer.setTokenWithSecret(accessToken, accessTokenSecret);
        }
        return consumer;
    }

    @Override
    public AuthKind kind() {
        return accessToken == null ? AuthKind.APP : AuthKind.USER;
    }

    @Override
    public String describe() {
        return accessToken == null
                ? "app-only OAuth 1.0a with consumer key ENGAGEMENT_CONSUMER_KEY=" + Credentials.mask(consumerKey)
                : "OAuth 1.0a user context with access token ENGAGEMENT_ACCESS_TOKEN=" + Credentials.mask(accessToken)
                        + " (consumer key " + Credentials.mask(consumerKey) + ")";
    }
}
