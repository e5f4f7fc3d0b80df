package dev.engagement.api;

import java.util.EnumSet;
import java.util.Set;

/** Engagement types (spec 3.1): where each is served and whether app-only auth may ask for it. */
public enum Metric {
    IMPRESSIONS("impressions", false, true, true),
    ENGAGEMENTS("engagements", false, true, true),
    FAVORITES("favorites", true, true, true),
    RETWEETS("retweets", true, true, true),
    QUOTE_TWEETS("quote_tweets", true, true, false),
    REPLIES("replies", true, true, true),
    VIDEO_VIEWS("video_views", true, true, true),
    MEDIA_VIEWS("media_views", false, false, true),
    MEDIA_ENGAGEMENTS("media_engagements", false, false, true),
    URL_CLICKS("url_clicks", false, false, true),
    HASHTAG_CLICKS("hashtag_clicks", false, false, true),
    DETAIL_EXPANDS("detail_expands", false, false, true),
    PERMALINK_CLICKS("permalink_clicks", false, false, true),
    APP_INSTALL_ATTEMPTS("app_install_attempts", false, false, true),
    APP_OPENS("app_opens", false, false, true),
    EMAIL_TWEET("email_tweet", false, false, true),
    USER_FOLLOWS("user_follows", false, false, true),
    USER_PROFILE_CLICKS("user_profile_clicks", false, false, true),
    /** Renamed {@code media_engagements} on 2017-10-09 (spec 3.4); accepted only as an alias. */
    MEDIA_CLICKS("media_clicks", false, false, true);

    private final String wireName;
    private final boolean appOnlyAllowed;
    private final boolean onTotals;
    private final boolean onTimeSeries;

    Metric(String wireName, boolean appOnlyAllowed, boolean onTotals, boolean onTimeSeries) {
        this.wireName = wireName;
        this.appOnlyAllowed = appOnlyAllowed;
        this.onTotals = onTotals;
        this.onTimeSeries = onTimeSeries;
    }

    public String wireName() {
        return wireName;
    }

    /** Public metrics: app-only auth may request them on {@code /totals} for any public Tweet. */
    public boolean isPublic() {
        return appOnlyAllowed;
    }

    public boolean isLegacyAlias() {
        return this == MEDIA_CLICKS;
    }

    /** The metric whose value a legacy alias is answered with. */
    public Metric canonical() {
        return this == MEDIA_CLICKS ? MEDIA_ENGAGEMENTS : this;
    }

    public boolean servedBy(Endpoint endpoint) {
        return endpoint == Endpoint.TOTALS ? onTotals : onTimeSeries;
    }

    /** Metrics an endpoint serves, legacy alias excluded, in the order of this enum. */
    public static Set<Metric> servedBy(Endpoint endpoint, AuthKind auth) {
        Set<Metric> set = EnumSet.noneOf(Metric.class);
        for (Metric m : values()) {
            if (m.servedBy(endpoint) && !m.isLegacyAlias() && (auth == AuthKind.USER || m.isPublic())) {
                set.add(m);
            }
        }
        return set;
    }

    public static Metric fromWireName(String name) {
        for (Metric m : values()) {
            if (m.wireName.equals(name)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
