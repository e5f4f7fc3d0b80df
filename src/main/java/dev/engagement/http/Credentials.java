package dev.engagement.http;

/**
 * The secrets and keys a run may sign with. Any of them may be null. {@link #toString()} never
 * shows a secret, so a record printed by accident leaks nothing.
 */
public record Credentials(String consumerKey, String consumerSecret, String accessToken, String accessTokenSecret,
        String bearerToken) {

    public static final Credentials NONE = new Credentials(null, null, null, null, null);

    public boolean hasUserContext() {
        return present(consumerKey) && present(consumerSecret) && present(accessToken) && present(accessTokenSecret);
    }

    public boolean hasConsumer() {
        return present(consumerKey) && present(consumerSecret);
    }

    public boolean hasBearer() {
        return present(bearerToken);
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
