package dev.engagement.http;

import dev.engagement.EngagementException;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Metric;
import java.util.List;

/**
 * Picks the authenticator for a run (spec 7.1). In {@code auto} mode user context is used when
 * access tokens are present, except that a {@code /totals} run asking only for public metrics
 * prefers app-only auth, so Tweets the token's user does not own are not refused (spec 5.3).
 * A run that needs user context without the credentials for it is refused before any request.
 */
public final class AuthSelector {
    private AuthSelector() {
    }

    /** The kind of auth a run will use; {@code metrics} may be null when the defaults apply. */
    public static AuthKind kindFor(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics) {
        switch (mode) {
            case user:
                return AuthKind.USER;
            case app:
            case bearer:
                return AuthKind.APP;
            default:
                boolean publicOnly = metrics != null && !ApiRules.needsUserContext(endpoint, metrics);
                boolean appAvailable = c.hasBearer() || c.hasConsumer();
                if (c.hasUserContext() && !(publicOnly && appAvailable)) {
                    return AuthKind.USER;
                }
                return appAvailable ? AuthKind.APP : AuthKind.USER;
        }
    }

    public static Authenticator select(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics) {
        AuthKind kind = kindFor(mode, c, endpoint, metrics);
        if (kind == AuthKind.USER) {
            if (!c.hasUserContext()) {
                throw EngagementException.auth(missingUserContext(c, endpoint, metrics));
            }
            return new OAuth1Authenticator(c.consumerKey(), c.consumerSecret(), c.accessToken(), c.accessTokenSecret());
        }
        if (ApiRules.needsUserContext(endpoint, metrics)) {
            throw EngagementException.auth(missingUserContext(c, endpoint, metrics));
        }
        boolean useBearer = mode == AuthMode.bearer || (mode != AuthMode.app && c.hasBearer());
        if (useBearer) {
            if (!c.hasBearer()) {
                throw EngagementException.auth("--auth bearer needs a bearer token: set ENGAGEMENT_BEARER_TOKEN "
                        + "or obtain one with 'engagement token'.");
            }
            return new BearerAuthenticator(c.bearerToken());
        }
        if (!c.hasConsumer()) {
            throw EngagementException.auth("No credentials: set ENGAGEMENT_BEARER_TOKEN, or ENGAGEMENT_CONSUMER_KEY and "
                    + "ENGAGEMENT_CONSUMER_SECRET (plus ENGAGEMENT_ACCESS_TOKEN and ENGAGEMENT_ACCESS_TOKEN_SECRET for "
                    + "user context), or try --sandbox.");
        }
        return OAuth1Authenticator.consumerOnly(c.consumerKey(), c.consumerSecret());
    }

    private static String missingUserContext(Credentials c, Endpoint endpoint, List<Metric> metrics) {
        String why = endpoint.requiresUserContext() ? "/" + endpoint.path() + " needs OAuth 1.0a user context"
                : "the metrics " + ApiRules.checkMetricAuth(endpoint, metrics, AuthKind.APP)
                        .map(e -> e.firstMessage().substring("Forbidden to access metrics: ".length())).orElse("")
                        + " need OAuth 1.0a user context";
        String missing;
        if (!c.hasConsumer() && !c.hasBearer() && c.accessToken() == null) {
            missing = "no credentials are set: set ENGAGEMENT_CONSUMER_KEY, ENGAGEMENT_CONSUMER_SECRET, "
                    + "ENGAGEMENT_ACCESS_TOKEN and ENGAGEMENT_ACCESS_TOKEN_SECRET, or try --sandbox";
        } else if (!c.hasConsumer()) {
            missing = "set ENGAGEMENT_CONSUMER_KEY and ENGAGEMENT_CONSUMER_SECRET"
                    + (c.accessToken() == null ? ", ENGAGEMENT_ACCESS_TOKEN and ENGAGEMENT_ACCESS_TOKEN_SECRET" : "");
        } else {
            missing = "set the Tweet owner's ENGAGEMENT_ACCESS_TOKEN and ENGAGEMENT_ACCESS_TOKEN_SECRET";
        }
        return why + " (Tweet owner's access token), and " + missing + ".";
    }
}
