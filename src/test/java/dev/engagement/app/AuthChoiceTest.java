package dev.engagement.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Metric;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import dev.engagement.config.ProfileField;
import dev.engagement.config.Provenance;
import dev.engagement.config.Credentials;

/** Which authentication each endpoint / metric / credential combination gets, and what a refusal names. */
class AuthChoiceTest {
    static Credentials creds(String code) {
        boolean user = code.contains("U");
        boolean consumer = user || code.contains("C");
        boolean bearer = code.contains("B");
        return new Credentials(consumer ? "ck-1234567890" : null, consumer ? "cs-1234567890" : null,
                user ? "42-at-1234567890" : null, user ? "ats-1234567890" : null, bearer ? "AAAA-bearer-123456" : null);
    }

    static List<Metric> metrics(String m) {
        switch (m) {
            case "defaults":
                return null;
            case "public":
                return List.of(Metric.FAVORITES, Metric.RETWEETS);
            default:
                return List.of(Metric.FAVORITES, Metric.IMPRESSIONS);
        }
    }

    /** What select() gives: user, app-oauth, bearer, or the refusal's text. */
    static String outcome(AuthMode mode, String creds, Endpoint endpoint, String metrics) {
        try {
            AuthChoice a = AuthChoice.select(mode, creds(creds), endpoint, metrics(metrics));
            if (a.kind() == AuthKind.USER) {
                return "user";
            }
            return a.description().contains("bearer token") ? "bearer" : "app-oauth";
        } catch (EngagementException e) {
            assertEquals(ExitCode.AUTH, e.exitCode(), e.getMessage());
            return "refused: " + e.getMessage();
        }
    }

    @ParameterizedTest(name = "auto {0} {1} with {2} -> {3}")
    @CsvSource({
        // totals with the default metrics: user context when possible, else app-only
        "TOTALS, defaults, U, user",
        "TOTALS, defaults, UB, user",
        "TOTALS, defaults, C, app-oauth",
        "TOTALS, defaults, B, bearer",
        "TOTALS, defaults, CB, bearer",
        "TOTALS, defaults, N, refused: No credentials are set",
        // totals, public metrics only: app-only even with access tokens (unowned Tweets, spec 5.3)
        "TOTALS, public, U, app-oauth",
        "TOTALS, public, UB, bearer",
        "TOTALS, public, C, app-oauth",
        "TOTALS, public, B, bearer",
        "TOTALS, public, CB, bearer",
        "TOTALS, public, N, refused: No credentials are set",
        // totals with impressions: user context only
        "TOTALS, private, U, user",
        "TOTALS, private, UB, user",
        "TOTALS, private, C, refused: the metric impressions needs OAuth 1.0a user context",
        "TOTALS, private, B, refused: the metric impressions needs OAuth 1.0a user context",
        "TOTALS, private, CB, refused: the access token and access-token secret are missing",
        "TOTALS, private, N, refused: No credentials are set",
        // 28hr and historical: user context only, whatever the metrics
        "HOURS_28, defaults, U, user",
        "HOURS_28, public, UB, user",
        "HOURS_28, defaults, C, refused: the access token and access-token secret are missing",
        "HOURS_28, public, B, refused: the consumer key, consumer secret, access token and access-token secret are missing",
        "HOURS_28, defaults, CB, refused: /28hr needs OAuth 1.0a user context",
        "HOURS_28, defaults, N, refused: No credentials are set",
        "HISTORICAL, private, U, user",
        "HISTORICAL, defaults, UB, user",
        "HISTORICAL, public, C, refused: /historical needs OAuth 1.0a user context",
        "HISTORICAL, defaults, B, refused: (a bearer token only gives app-only access)",
        "HISTORICAL, private, N, refused: No credentials are set",
    })
    void autoPicksPerEndpointMetricsAndCredentials(Endpoint endpoint, String metrics, String creds, String expected) {
        String got = outcome(AuthMode.auto, creds, endpoint, metrics);
        if (expected.startsWith("refused: ")) {
            assertTrue(got.startsWith("refused: ") && got.contains(expected.substring("refused: ".length())), got);
        } else {
            assertEquals(expected, got);
        }
    }

    @ParameterizedTest(name = "--auth {0} {1} {2} with {3} -> {4}")
    @CsvSource({
        "user, TOTALS, public, UB, user",
        "user, TOTALS, defaults, CB, refused: --auth user needs OAuth 1.0a user context",
        "app, TOTALS, public, UB, app-oauth",
        "app, TOTALS, defaults, B, refused: --auth app signs with the consumer key and secret, but the consumer key and consumer secret are missing",
        "app, HOURS_28, defaults, U, refused: --auth app is app-only, but /28hr needs OAuth 1.0a user context",
        "bearer, TOTALS, public, UB, bearer",
        "bearer, TOTALS, defaults, U, refused: --auth bearer needs a bearer token",
        "bearer, TOTALS, private, UB, refused: --auth bearer is app-only, but the metric impressions needs",
    })
    void explicitModes(AuthMode mode, Endpoint endpoint, String metrics, String creds, String expected) {
        String got = outcome(mode, creds, endpoint, metrics);
        if (expected.startsWith("refused: ")) {
            assertTrue(got.startsWith("refused: ") && got.contains(expected.substring("refused: ".length())), got);
        } else {
            assertEquals(expected, got);
        }
    }

    @ParameterizedTest
    @CsvSource({"HOURS_28, B", "TOTALS, C", "HISTORICAL, N"})
    void kindForAsksForUserContextWheneverTheRequestNeedsIt(Endpoint endpoint, String creds) {
        List<Metric> m = endpoint == Endpoint.TOTALS ? metrics("private") : null;
        for (AuthMode mode : AuthMode.values()) {
            assertEquals(AuthKind.USER, AuthChoice.kindFor(mode, creds(creds), endpoint, m), mode.name());
        }
    }

    @org.junit.jupiter.api.Test
    void refusalsNameTheSourceToFixAndNeverASecret() {
        Credentials c = new Credentials("ck-1234567890", "cs-SECRET-0987654321", null, null, "AAAA-bearer-SECRET-42",
                new Provenance("brand", java.util.Map.of(ProfileField.CONSUMER_KEY, "profile 'brand'",
                        ProfileField.CONSUMER_SECRET, "profile 'brand'", ProfileField.BEARER_TOKEN, "profile 'brand'")));
        EngagementException e = assertThrows(EngagementException.class,
                () -> AuthChoice.select(AuthMode.auto, c, Endpoint.HISTORICAL, null));
        assertTrue(e.getMessage().contains("set ENGAGEMENT_ACCESS_TOKEN and ENGAGEMENT_ACCESS_TOKEN_SECRET, or save them "
                + "with 'engagement configure --profile brand'"), e.getMessage());
        assertTrue(!e.getMessage().contains("SECRET-"), e.getMessage());
        String described = AuthChoice.select(AuthMode.auto, c, Endpoint.TOTALS, null).description();
        assertEquals("app-only auth with the bearer token ********ET-42"
                .replace("********ET-42", Credentials.mask("AAAA-bearer-SECRET-42")) + " (profile 'brand')", described);
    }
}
