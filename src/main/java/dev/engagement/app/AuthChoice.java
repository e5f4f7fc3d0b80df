package dev.engagement.app;

import static dev.engagement.config.ProfileField.ACCESS_TOKEN;
import static dev.engagement.config.ProfileField.BEARER_TOKEN;
import static dev.engagement.config.ProfileField.CONSUMER_KEY;

import dev.engagement.EngagementException;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Metric;
import dev.engagement.config.Credentials;
import dev.engagement.config.ProfileField;
import dev.engagement.http.Authenticator;
import dev.engagement.http.BearerAuthenticator;
import dev.engagement.http.OAuth1Authenticator;
import java.time.Clock;
import java.util.List;

/**
 * The authentication of a run (spec 7.1), chosen before any request. In {@code auto} mode user
 * context is used when access tokens are present, except that a {@code /totals} run asking only for
 * public metrics prefers app-only auth (bearer token, else OAuth 1.0a consumer-only), so Tweets the
 * token's user does not own are not refused (spec 5.3). A run that needs user context without the
 * credentials for it is refused with a sentence naming what is missing.
 *
 * @param description which credential signs, for messages: names, sources and masked values only
 */
public record AuthChoice(Authenticator authenticator, AuthKind kind, String description) {

    /**
     * The kind of auth a run needs or will use; {@code metrics} null when the defaults apply.
     * {@code USER} whenever the request needs user context, whatever the mode, so that
     * {@link #select} can refuse with the reason.
     */
    public static AuthKind kindFor(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics) {
        if (ApiRules.needsUserContext(endpoint, metrics)) {
            return AuthKind.USER;
        }
        switch (mode) {
            case user:
                return AuthKind.USER;
            case app:
            case bearer:
                return AuthKind.APP;
            default:
                boolean publicOnly = metrics != null;
                boolean appAvailable = c.hasBearer() || c.hasConsumer();
                if (c.hasUserContext() && !(publicOnly && appAvailable)) {
                    return AuthKind.USER;
                }
                return appAvailable ? AuthKind.APP : AuthKind.USER;
        }
    }

    /** The auth of a run, or an exit-3 refusal naming the missing credential; sends nothing. */
    public static AuthChoice select(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics) {
        return select(mode, c, endpoint, metrics, Clock.systemUTC());
    }

    /** As {@link #select(AuthMode, Credentials, Endpoint, List)}, with OAuth timestamps from {@code clock}. */
    public static AuthChoice select(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics, Clock clock) {
        boolean needsUser = ApiRules.needsUserContext(endpoint, metrics);
        if (needsUser && (mode == AuthMode.app || mode == AuthMode.bearer)) {
            throw EngagementException.auth("--auth " + mode + " is app-only, but " + userContextReason(endpoint, metrics)
                    + ": use --auth user (or auto) with the Tweet owner's access token and secret.");
        }
        if (kindFor(mode, c, endpoint, metrics) == AuthKind.USER) {
            List<ProfileField> missing = c.missing(Credentials.USER_CONTEXT);
            if (!missing.isEmpty()) {
                throw EngagementException.auth(missingForUserContext(mode, c, endpoint, metrics, missing));
            }
            return new AuthChoice(
                    new OAuth1Authenticator(c.consumerKey(), c.consumerSecret(), c.accessToken(), c.accessTokenSecret())
                            .timestampedBy(clock),
                    AuthKind.USER,
                    "OAuth 1.0a user context with the " + c.describe(ACCESS_TOKEN) + " and the " + c.describe(CONSUMER_KEY));
        }
        if (mode == AuthMode.bearer || (mode == AuthMode.auto && c.hasBearer())) {
            if (!c.hasBearer()) {
                throw EngagementException.auth("--auth bearer needs a bearer token, but none is set: set "
                        + BEARER_TOKEN.envVar() + ", or obtain and save one with 'engagement token --save'.");
            }
            return new AuthChoice(new BearerAuthenticator(c.bearerToken()), AuthKind.APP,
                    "app-only auth with the " + c.describe(BEARER_TOKEN));
        }
        List<ProfileField> consumer = c.missing(Credentials.CONSUMER);
        if (!consumer.isEmpty()) {
            throw EngagementException.auth("--auth app signs with the consumer key and secret, but "
                    + c.missingSentence(consumer) + ".");
        }
        return new AuthChoice(OAuth1Authenticator.consumerOnly(c.consumerKey(), c.consumerSecret()).timestampedBy(clock), AuthKind.APP,
                "app-only OAuth 1.0a with the " + c.describe(CONSUMER_KEY));
    }

    private static String userContextReason(Endpoint endpoint, List<Metric> metrics) {
        if (endpoint.requiresUserContext()) {
            return "/" + endpoint.path() + " needs OAuth 1.0a user context (the Tweet owner's access token)";
        }
        List<String> names = ApiRules.metricsNeedingUserContext(endpoint, metrics).stream().map(Metric::wireName).toList();
        return "the metric" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                + (names.size() == 1 ? " needs" : " need") + " OAuth 1.0a user context (the Tweet owner's access token)";
    }

    private static String missingForUserContext(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics,
            List<ProfileField> missing) {
        if (missing.size() == Credentials.USER_CONTEXT.size() && !c.hasBearer()) {
            return "No credentials are set: " + c.howToSet(missing) + (endpoint.requiresUserContext() ? ""
                    : " (or set " + BEARER_TOKEN.envVar() + " for public metrics on totals)") + "; or try --sandbox.";
        }
        if (ApiRules.needsUserContext(endpoint, metrics) || mode == AuthMode.user) {
            String reason = mode == AuthMode.user && !ApiRules.needsUserContext(endpoint, metrics)
                    ? "--auth user needs OAuth 1.0a user context (the Tweet owner's access token)"
                    : userContextReason(endpoint, metrics);
            return reason + ", but " + c.missingSentence(missing,
                    c.hasBearer() ? " (a bearer token only gives app-only access)" : "") + ".";
        }
        return "Signing requests needs the consumer key and secret, but "
                + c.missingSentence(c.missing(Credentials.CONSUMER)) + " (or set " + BEARER_TOKEN.envVar()
                + " for app-only access).";
    }
}
