package dev.engagement.http;

import java.util.Map;

/** Finds the credentials of a run in the environment. */
public final class CredentialSources {
    public static final String CONSUMER_KEY = "ENGAGEMENT_CONSUMER_KEY";
    public static final String CONSUMER_SECRET = "ENGAGEMENT_CONSUMER_SECRET";
    public static final String ACCESS_TOKEN = "ENGAGEMENT_ACCESS_TOKEN";
    public static final String ACCESS_TOKEN_SECRET = "ENGAGEMENT_ACCESS_TOKEN_SECRET";
    public static final String BEARER_TOKEN = "ENGAGEMENT_BEARER_TOKEN";

    private CredentialSources() {
    }

    public static Credentials resolve(AuthSettings settings, Map<String, String> env) {
        return new Credentials(get(env, CONSUMER_KEY), get(env, CONSUMER_SECRET), get(env, ACCESS_TOKEN),
                get(env, ACCESS_TOKEN_SECRET), get(env, BEARER_TOKEN));
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
