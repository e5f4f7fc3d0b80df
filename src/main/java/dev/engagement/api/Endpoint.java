package dev.engagement.api;

/** The three Engagement API endpoints and their per-request Tweet ID limits (spec 1.1). */
public enum Endpoint {
    TOTALS("totals", 250, false),
    HOURS_28("28hr", 25, true),
    HISTORICAL("historical", 25, true);

    private final String path;
    private final int maxTweetIds;
    private final boolean timeSeries;

    Endpoint(String path, int maxTweetIds, boolean timeSeries) {
        this.path = path;
        this.maxTweetIds = maxTweetIds;
        this.timeSeries = timeSeries;
    }

    /** The last path segment, e.g. {@code 28hr}. */
    public String path() {
        return path;
    }

    public int maxTweetIds() {
        return maxTweetIds;
    }

    /** Whether {@code engagement.day} and {@code engagement.hour} groupings are allowed. */
    public boolean allowsTimeSeries() {
        return timeSeries;
    }

    /** Only the lifetime {@code /totals} endpoint accepts app-only authentication. */
    public boolean requiresUserContext() {
        return this != TOTALS;
    }

    /** The endpoint whose path segment is exactly {@code path} (the API's paths are lower case), or null. */
    public static Endpoint fromPath(String path) {
        for (Endpoint e : values()) {
            if (e.path.equals(path)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return path;
    }
}
