package dev.engagement.sandbox;

/**
 * The credentials a sandbox accepts. They are fixed, documented test values, not anybody's
 * secrets: the access token belongs to the sandbox user ({@link SandboxData#SANDBOX_USER_ID}, who
 * owns about 90 % of all Tweet IDs), the other access token to a second user
 * ({@link SandboxData#OTHER_USER_ID}), useful for forbidden-Tweet tests.
 */
public record SandboxCredentials(String consumerKey, String consumerSecret, String accessToken,
        String accessTokenSecret, String bearerToken, String otherAccessToken, String otherAccessTokenSecret) {

    /** The values every sandbox accepts. */
    public static final SandboxCredentials DEFAULT = new SandboxCredentials(
            "sandbox-consumer-key",
            "sandbox-consumer-secret",
            SandboxData.SANDBOX_USER_ID + "-sandboxAccessToken",
            "sandbox-access-token-secret",
            "AAAAAAAAAAAAAAAAAAAAASandboxBearerToken%2FForAppOnly%3DUse",
            SandboxData.OTHER_USER_ID + "-sandboxOtherAccessToken",
            "sandbox-other-access-token-secret");

    /** The access token of sandbox user {@code n} (from 1), with its user ID. */
    public record User(int number, long userId, String accessToken, String accessTokenSecret) {
        @Override
        public String toString() {
            return "User[" + number + ", " + userId + ", secret hidden]";
        }
    }

    /**
     * Sandbox user {@code n} (1..{@value SandboxData#MAX_USERS}): user 1 holds {@link #accessToken()}; user
     * {@code n} holds {@code <userId>-sandboxAccessToken} with secret {@code sandbox-access-token-secret-<n>}.
     */
    public User user(int n) {
        if (n == 1) {
            return new User(1, SandboxData.SANDBOX_USER_ID, accessToken, accessTokenSecret);
        }
        long id = SandboxData.userId(n);
        return new User(n, id, id + "-sandboxAccessToken", "sandbox-access-token-secret-" + n);
    }

    @Override
    public String toString() {
        return "SandboxCredentials[consumerKey=" + consumerKey + ", secrets hidden]";
    }
}
