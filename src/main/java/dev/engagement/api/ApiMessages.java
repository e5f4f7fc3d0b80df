package dev.engagement.api;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The API's error strings (spec 5.2). Documented ones are exact; the ones the spec marks as
 * invented (validation failures) are ours and say so in their wording only by being plain.
 */
public final class ApiMessages {
    public static final String GZIP_REQUIRED = "This request requires gzip compression. Retry the request after "
            + "setting 'Accept-Encoding' header in the request to 'gzip'.";
    public static final String UNKNOWN_AUTHORIZATION = "Your account could not be authenticated. Reason: Unknown Authorization Type";
    public static final String ACCESS_TOKEN_NOT_FOUND = "Your account could not be authenticated. Reason: Access token not found";
    public static final String AUTH_FAILED_PREFIX = "Your account could not be authenticated. Reason: ";
    public static final String APP_NOT_AUTHORIZED = "Your application id is not authorized.";
    public static final String FORBIDDEN_TWEETS_PREFIX = "Forbidden to access tweets";
    public static final String FORBIDDEN_METRICS_PREFIX = "Forbidden to access metrics: ";
    public static final String PROTECTED_UNAVAILABLE = "Tweet ID(s) are unavailable";
    public static final String INTERNAL_ERROR = "internal server error";
    public static final String RATE_LIMITED = "Exceeded rate limit";
    /** 413 for a body over {@link ApiRules#MAX_BODY_BYTES} (spec 9 #36). */
    public static final String BODY_TOO_LARGE = "Request body too large";

    private ApiMessages() {
    }

    public static String forbiddenTweets(Collection<String> ids) {
        return FORBIDDEN_TWEETS_PREFIX + ": " + String.join(", ", ids);
    }

    public static String forbiddenTweetsLegacy(long authorId, Collection<String> ids) {
        return FORBIDDEN_TWEETS_PREFIX + " for author id " + authorId + ": " + String.join(", ", ids);
    }

    /**
     * The Tweet IDs named by a {@code Forbidden to access tweets} message, in either wording (the
     * text after the last colon, split on commas, as the official Ruby client reads it); empty for
     * any other message.
     */
    public static java.util.List<String> parseForbiddenTweetIds(String message) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        if (message == null || !message.startsWith(FORBIDDEN_TWEETS_PREFIX)) {
            return ids;
        }
        String list = message.substring(message.lastIndexOf(':') + 1);
        for (String part : list.split(",")) {
            String id = part.strip();
            if (TweetIds.isValid(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    public static String forbiddenMetrics(Collection<?> metrics) {
        return FORBIDDEN_METRICS_PREFIX + metrics.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    public static String unavailable(int count) {
        return count + " " + PROTECTED_UNAVAILABLE;
    }

    public static String unsupportedGroupBys(Collection<String> keys) {
        return "One or more of the groupBys you have specified are not supported: (" + String.join(", ", keys)
                + "). Please adjust your request and try again.";
    }

    public static String impressionsTooOld(int days) {
        return "Impressions & engagements for tweets older than 90 days (" + days + " days) are not supported";
    }
}
