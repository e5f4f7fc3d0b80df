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
