package dev.engagement.config;

import dev.engagement.DatabaseUrls;
import java.util.List;
import java.util.Locale;

/**
 * The settings a profile holds (spec 7): the four OAuth 1.0a values, the bearer token, an API
 * URL and the snapshot store. Each has its property name in the config file, its environment variable and a label for
 * messages; secrets are never shown except masked.
 */
public enum ProfileField {
    CONSUMER_KEY("consumer_key", "ENGAGEMENT_CONSUMER_KEY", "consumer key", false),
    CONSUMER_SECRET("consumer_secret", "ENGAGEMENT_CONSUMER_SECRET", "consumer secret", true),
    ACCESS_TOKEN("access_token", "ENGAGEMENT_ACCESS_TOKEN", "access token", false),
    ACCESS_TOKEN_SECRET("access_token_secret", "ENGAGEMENT_ACCESS_TOKEN_SECRET", "access-token secret", true),
    BEARER_TOKEN("bearer_token", "ENGAGEMENT_BEARER_TOKEN", "bearer token", true),
    API_URL("api_url", "ENGAGEMENT_API_URL", "API URL", false),
    /** Where each run is recorded as a snapshot: a SQLite file or a JDBC URL (see --store). */
    STORE("store", "ENGAGEMENT_STORE", "store", false);

    /** The fields that are credentials, in the order {@code configure} asks for them. */
    public static final List<ProfileField> CREDENTIALS =
            List.of(CONSUMER_KEY, CONSUMER_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_SECRET, BEARER_TOKEN);

    private final String property;
    private final String envVar;
    private final String label;
    private final boolean secret;

    ProfileField(String property, String envVar, String label, boolean secret) {
        this.property = property;
        this.envVar = envVar;
        this.label = label;
        this.secret = secret;
    }

    /**
     * The settings that belong to the app, not to a Tweet owner: a profile without them takes them
     * from the {@code default} profile, so a second owner's profile needs only its access token and secret.
     */
    public static final List<ProfileField> APP = List.of(CONSUMER_KEY, CONSUMER_SECRET, BEARER_TOKEN, API_URL);

    /** The name in the config file after {@code profile.NAME.}, e.g. {@code consumer_key}. */
    public String property() {
        return property;
    }

    public String envVar() {
        return envVar;
    }

    public String label() {
        return label;
    }

    public boolean isSecret() {
        return secret;
    }

    /** Credentials are masked wherever they are shown; the API URL and the store are shown without a password. */
    public String display(String value) {
        return isLocation() && value != null ? DatabaseUrls.redact(ServiceUrl.redact(value)) : Credentials.mask(value);
    }

    /** The settings that say where, not who: shown (without a password), optional, free text rather than one word. */
    public boolean isLocation() {
        return this == API_URL || this == STORE;
    }

    /**
     * The field a name stands for: the property name ({@code consumer_key}), its dashed form
     * ({@code consumer-key}) or the environment variable, in any case; null when none matches.
     */
    public static ProfileField fromName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (ProfileField f : values()) {
            if (f.property.equals(n) || f.envVar.toLowerCase(Locale.ROOT).equals(n)) {
                return f;
            }
        }
        return null;
    }
}
