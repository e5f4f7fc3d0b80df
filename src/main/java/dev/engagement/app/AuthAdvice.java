package dev.engagement.app;

import dev.engagement.api.ApiMessages;
import dev.engagement.api.AuthKind;
import java.util.Locale;

/**
 * Turns a 401 or 403 into words: what the API said, which credential was used (by name and masked
 * value, never a secret), and the likely fix.
 */
final class AuthAdvice {
    private AuthAdvice() {
    }

    static String explain(int status, String apiSaid, AuthChoice auth) {
        String said = apiSaid.strip();
        if (said.endsWith(".")) {
            said = said.substring(0, said.length() - 1);
        }
        return "The API refused the request (HTTP " + status + ": " + said + ") made with " + auth.description()
                + "; " + fix(status, said.toLowerCase(Locale.ROOT), auth) + ".";
    }

    private static String fix(int status, String said, AuthChoice auth) {
        boolean user = auth.kind() == AuthKind.USER;
        if (said.contains("timestamp") || said.contains("clock")) {
            return "the request's timestamp was refused, so this machine's clock is probably wrong: check the system "
                    + "clock and its time zone, and sync it (NTP, e.g. 'timedatectl set-ntp true')";
        }
        if (said.contains(lower(ApiMessages.APP_NOT_AUTHORIZED))) {
            return "the app of this consumer key is not approved for the Engagement API: ask X (your account manager) "
                    + "to enable its App ID, or use the keys of an approved app";
        }
        if (said.startsWith(lower(ApiMessages.FORBIDDEN_METRICS_PREFIX))
                || said.contains("credentials do not allow access to this resource")) {
            return "these metrics or this endpoint need OAuth 1.0a user context: use the Tweet owner's access token and "
                    + "secret (--auth user), or ask only for public metrics on totals";
        }
        if (said.startsWith(lower(ApiMessages.FORBIDDEN_TWEETS_PREFIX))) {
            return "this access token's user does not own these Tweets: use the Tweet owner's access token, or fetch "
                    + "public metrics on totals with --auth app or --auth bearer";
        }
        if (said.contains("access token not found")) {
            return "the access token is unknown or was revoked: check it, or generate a new access token and secret "
                    + "for the Tweet owner in the developer portal";
        }
        if (said.contains("invalid or expired token")) {
            return "the bearer token is wrong or was invalidated: obtain a new one with 'engagement token --save'";
        }
        if (said.contains("consumer key")) {
            return "the consumer key is wrong: copy the API key of the app from the developer portal";
        }
        if (said.contains("signature")) {
            return user ? "the signature did not match, so the consumer secret or the access-token secret is wrong "
                    + "(or does not belong to this key or token): check both"
                    : "the signature did not match, so the consumer secret is wrong or does not belong to this key";
        }
        if (said.contains("unknown authorization type")) {
            return "the credentials did not reach the API in a form it accepts: check that none of them is empty or "
                    + "holds quotes or spaces";
        }
        if (said.contains("nonce")) {
            return "the request was seen as a replay: run again";
        }
        if (status == 401) {
            return "check the consumer key and secret, the access token and secret, or the bearer token";
        }
        return "this token may not read these Tweets or this endpoint: use the Tweet owner's access token, and check "
                + "that the app is approved for the Engagement API";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
