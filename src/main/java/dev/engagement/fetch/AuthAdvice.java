package dev.engagement.fetch;

import dev.engagement.api.ApiMessages;
import dev.engagement.http.Authenticator;

/** Turns a 401 or 403 into words: which credential was used, what the API said, and the likely fix. */
final class AuthAdvice {
    private AuthAdvice() {
    }

    static String explain(int status, String apiSaid, Authenticator auth) {
        String lower = apiSaid.toLowerCase(java.util.Locale.ROOT);
        String fix;
        if (lower.contains("timestamp") || lower.contains("expired") && lower.contains("oauth")) {
            fix = "the request's timestamp was refused: check this machine's clock (NTP)";
        } else if (lower.contains(ApiMessages.APP_NOT_AUTHORIZED.toLowerCase(java.util.Locale.ROOT))) {
            fix = "the app is not approved for the Engagement API; ask your X account manager";
        } else if (lower.startsWith(ApiMessages.FORBIDDEN_METRICS_PREFIX.toLowerCase(java.util.Locale.ROOT))) {
            fix = "these metrics or this endpoint need OAuth 1.0a user context: set the Tweet owner's access token and secret";
        } else if (lower.contains("access token not found")) {
            fix = "the access token is unknown or revoked: check ENGAGEMENT_ACCESS_TOKEN and its secret";
        } else if (status == 401) {
            fix = "check the consumer key and secret, the access token and secret, or the bearer token";
        } else {
            fix = "the token does not own these Tweets or may not use this endpoint: use the Tweet owner's access token";
        }
        return "The API refused the credentials (HTTP " + status + "): " + apiSaid + ". Used " + auth.describe()
                + "; " + fix + ".";
    }
}
