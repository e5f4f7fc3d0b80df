package dev.engagement.http;

import static dev.engagement.http.ProfileField.ACCESS_TOKEN;
import static dev.engagement.http.ProfileField.ACCESS_TOKEN_SECRET;
import static dev.engagement.http.ProfileField.BEARER_TOKEN;
import static dev.engagement.http.ProfileField.CONSUMER_KEY;
import static dev.engagement.http.ProfileField.CONSUMER_SECRET;

import dev.engagement.EngagementException;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Picks the authenticator for a run (spec 7.1). In {@code auto} mode user context is used when
 * access tokens are present, except that a {@code /totals} run asking only for public metrics
 * prefers app-only auth (bearer token, else OAuth 1.0a consumer-only), so Tweets the token's user
 * does not own are not refused (spec 5.3). A run that needs user context without the credentials
 * for it is refused before any request, with a sentence naming what is missing.
 */
public final class AuthSelector {
    static final List<ProfileField> USER_CONTEXT = List.of(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET);
    static final List<ProfileField> CONSUMER = List.of(CONSUMER_KEY, CONSUMER_SECRET);

    private AuthSelector() {
    }

    /**
     * The kind of auth a run needs or will use; {@code metrics} may be null when the defaults
     * apply. {@code USER} whenever the request needs user context, whatever the mode, so that
     * {@link #select} can refuse with the reason.
     */
    public static AuthKind kindFor(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics) {
        if (needsUserContext(endpoint, metrics)) {
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

    /** The authenticator for a run, or an exit-3 refusal naming the missing credential; sends nothing. */
    public static Authenticator select(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics) {
        boolean needsUser = needsUserContext(endpoint, metrics);
        if (needsUser && (mode == AuthMode.app || mode == AuthMode.bearer)) {
            throw EngagementException.auth("--auth " + mode + " is app-only, but " + userContextReason(endpoint, metrics)
                    + ": use --auth user (or auto) with the Tweet owner's access token and secret.");
        }
        AuthKind kind = kindFor(mode, c, endpoint, metrics);
        if (kind == AuthKind.USER) {
            List<ProfileField> missing = c.missing(USER_CONTEXT);
            if (!missing.isEmpty()) {
                throw EngagementException.auth(missingForUserContext(mode, c, endpoint, metrics, missing));
            }
            return new DescribedAuthenticator(
                    new OAuth1Authenticator(c.consumerKey(), c.consumerSecret(), c.accessToken(), c.accessTokenSecret()),
                    "OAuth 1.0a user context with the " + c.describe(ACCESS_TOKEN) + " and the " + c.describe(CONSUMER_KEY));
        }
        boolean useBearer = mode == AuthMode.bearer || (mode == AuthMode.auto && c.hasBearer());
        if (useBearer) {
            if (!c.hasBearer()) {
                throw EngagementException.auth("--auth bearer needs a bearer token, but none is set: set "
                        + BEARER_TOKEN.envVar() + ", or obtain and save one with 'engagement token --save'.");
            }
            return new DescribedAuthenticator(new BearerAuthenticator(c.bearerToken()),
                    "app-only auth with the " + c.describe(BEARER_TOKEN));
        }
        if (!c.hasConsumer()) {
            List<ProfileField> missing = c.missing(CONSUMER);
            throw EngagementException.auth("--auth app signs with the consumer key and secret, but the "
                    + labels(missing) + (missing.size() == 1 ? " is" : " are") + " missing: set " + envVars(missing)
                    + ", or save " + (missing.size() == 1 ? "it" : "them") + " with '"
                    + c.provenance().configureCommand() + "'.");
        }
        return new DescribedAuthenticator(OAuth1Authenticator.consumerOnly(c.consumerKey(), c.consumerSecret()),
                "app-only OAuth 1.0a with the " + c.describe(CONSUMER_KEY));
    }

    static boolean needsUserContext(Endpoint endpoint, List<Metric> metrics) {
        return endpoint.requiresUserContext() || metrics != null && ApiRules.needsUserContext(endpoint, metrics);
    }

    private static String userContextReason(Endpoint endpoint, List<Metric> metrics) {
        if (endpoint.requiresUserContext()) {
            return "/" + endpoint.path() + " needs OAuth 1.0a user context (the Tweet owner's access token)";
        }
        List<String> names = metrics.stream().filter(m -> !m.isPublic()).map(Metric::wireName)
                .collect(Collectors.toList());
        return "the metric" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                + (names.size() == 1 ? " needs" : " need") + " OAuth 1.0a user context (the Tweet owner's access token)";
    }

    private static String missingForUserContext(AuthMode mode, Credentials c, Endpoint endpoint, List<Metric> metrics,
            List<ProfileField> missing) {
        String fix = ": set " + envVars(missing) + ", or save " + (missing.size() == 1 ? "it" : "them") + " with '"
                + c.provenance().configureCommand() + "'";
        if (missing.size() == USER_CONTEXT.size() && !c.hasBearer()) {
            return "No credentials are set" + fix + (endpoint.requiresUserContext() ? "" : " (or set "
                    + BEARER_TOKEN.envVar() + " for public metrics on totals)") + "; or try --sandbox.";
        }
        String reason;
        if (needsUserContext(endpoint, metrics)) {
            reason = userContextReason(endpoint, metrics);
        } else if (mode == AuthMode.user) {
            reason = "--auth user needs OAuth 1.0a user context (the Tweet owner's access token)";
        } else {
            List<ProfileField> consumer = c.missing(CONSUMER);
            return "Signing requests needs the consumer key and secret, but the " + labels(consumer)
                    + (consumer.size() == 1 ? " is" : " are") + " missing: set " + envVars(consumer) + " (or "
                    + BEARER_TOKEN.envVar() + " for app-only access), or save " + (consumer.size() == 1 ? "it" : "them")
                    + " with '" + c.provenance().configureCommand() + "'.";
        }
        return reason + ", but the " + labels(missing) + (missing.size() == 1 ? " is" : " are") + " missing"
                + (c.hasBearer() ? " (a bearer token only gives app-only access)" : "") + fix + ".";
    }

    private static String labels(List<ProfileField> fields) {
        List<String> labels = new ArrayList<>();
        fields.forEach(f -> labels.add(f.label()));
        return joinAnd(labels);
    }

    private static String envVars(List<ProfileField> fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.envVar()));
        return joinAnd(names);
    }

    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
