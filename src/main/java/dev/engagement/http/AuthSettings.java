package dev.engagement.http;

/** How the run authenticates, as asked on the command line. */
public record AuthSettings(AuthMode mode) {
    public static final AuthSettings DEFAULT = new AuthSettings(AuthMode.auto);
}
