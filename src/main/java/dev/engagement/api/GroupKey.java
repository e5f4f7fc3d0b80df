package dev.engagement.api;

/** The keys a grouping's {@code group_by} may list (spec 4.1). */
public enum GroupKey {
    TWEET_ID("tweet.id"),
    ENGAGEMENT_TYPE("engagement.type"),
    ENGAGEMENT_DAY("engagement.day"),
    ENGAGEMENT_HOUR("engagement.hour");

    private final String wireName;

    GroupKey(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isTime() {
        return this == ENGAGEMENT_DAY || this == ENGAGEMENT_HOUR;
    }

    /** A day key as the API writes it: {@code YYYY-MM-DD} (its digits, not whether the date exists). */
    public static boolean isDayKey(String key) {
        return key.length() == 10 && digits(key, 0, 4) && key.charAt(4) == '-' && digits(key, 5, 7)
                && key.charAt(7) == '-' && digits(key, 8, 10);
    }

    /** An hour key as the API writes it: {@code 00} to {@code 23}. */
    public static boolean isHourKey(String key) {
        if (key.length() != 2 || !digits(key, 0, 2)) {
            return false;
        }
        char tens = key.charAt(0);
        return tens < '2' || key.charAt(1) <= '3';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static GroupKey fromWireName(String name, boolean ignoreCase) {
        for (GroupKey k : values()) {
            if (ignoreCase ? k.wireName.equalsIgnoreCase(name) : k.wireName.equals(name)) {
                return k;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
