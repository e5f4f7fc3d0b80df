package dev.engagement.config;

import dev.engagement.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets and keys a run may sign with, and where they came from. Any of them may be null.
 * {@link #toString()} never shows a secret, so a record printed by accident leaks nothing.
 */
public record Credentials(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
        String bearerToken, Provenance provenance) {
    /** What OAuth 1.0a user context signs with. */
    public static final List<ProfileField> USER_CONTEXT = List.of(ProfileField.CONSUMER_KEY,
            ProfileField.CONSUMER_SECRET, ProfileField.ACCESS_TOKEN, ProfileField.ACCESS_TOKEN_SECRET);
    /** What app-only OAuth 1.0a, and obtaining a bearer token, sign with. */
    public static final List<ProfileField> CONSUMER = List.of(ProfileField.CONSUMER_KEY, ProfileField.CONSUMER_SECRET);

    public Credentials {
        provenance = provenance == null ? Provenance.ENVIRONMENT : provenance;
    }

    /** Credentials from the environment variables. */
    public Credentials(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
            String bearerToken) {
        this(consumerKey, consumerSecret, accessToken, accessTokenSecret, bearerToken, Provenance.ENVIRONMENT);
    }

    public boolean hasUserContext() {
        return hasConsumer() && present(accessToken) && present(accessTokenSecret);
    }

    public boolean hasConsumer() {
        return present(consumerKey) && present(consumerSecret);
    }

    public boolean hasBearer() {
        return present(bearerToken);
    }

    public String get(ProfileField field) {
        switch (field) {
            case CONSUMER_KEY:
                return consumerKey;
            case CONSUMER_SECRET:
                return consumerSecret;
            case ACCESS_TOKEN:
                return accessToken;
            case ACCESS_TOKEN_SECRET:
                return accessTokenSecret;
            case BEARER_TOKEN:
                return bearerToken;
            default:
                throw new IllegalArgumentException(field + " is not a credential");
        }
    }

    /** The fields among {@code fields} that are not set. */
    public List<ProfileField> missing(List<ProfileField> fields) {
        List<ProfileField> missing = new ArrayList<>();
        for (ProfileField f : fields) {
            if (!present(get(f))) {
                missing.add(f);
            }
        }
        return missing;
    }

    /**
     * The one sentence for credentials that are not set, for the end of a message that said why they
     * are needed: {@code the consumer key and consumer secret are missing: set ENGAGEMENT_CONSUMER_KEY and
     * ENGAGEMENT_CONSUMER_SECRET, or save them with 'engagement configure'}.
     */
    public String missingSentence(List<ProfileField> missing) {
        return missingSentence(missing, "");
    }

    /** {@link #missingSentence(List)} with {@code aside} (e.g. " (a bearer token only gives app-only access)") before the colon. */
    public String missingSentence(List<ProfileField> missing, String aside) {
        List<String> labels = new ArrayList<>();
        missing.forEach(f -> labels.add(f.label()));
        return "the " + Text.joinAnd(labels) + (missing.size() == 1 ? " is" : " are") + " missing" + aside + ": "
                + howToSet(missing);
    }

    /** {@code set ENGAGEMENT_A and ENGAGEMENT_B, or save them with 'engagement configure'}. */
    public String howToSet(List<ProfileField> fields) {
        List<String> vars = new ArrayList<>();
        fields.forEach(f -> vars.add(f.envVar()));
        return "set " + Text.joinAnd(vars) + ", or save " + (fields.size() == 1 ? "it" : "them") + " with '"
                + provenance.configureCommand() + "'";
    }

    /** A credential for messages: label, masked value and source, e.g. {@code access token ****abcd (ENGAGEMENT_ACCESS_TOKEN)}. */
    public String describe(ProfileField field) {
        return field.label() + " " + mask(get(field)) + " (" + provenance.source(field) + ")";
    }

    /** At most the last four characters, never more than a quarter of the value. */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return "(not set)";
        }
        int shown = Math.min(4, value.length() / 4);
        return "*".repeat(Math.min(8, value.length() - shown)) + value.substring(value.length() - shown);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "Credentials[consumerKey=" + mask(consumerKey) + ", accessToken=" + mask(accessToken)
                + ", secrets hidden]";
    }
}
