package dev.engagement.output;

import dev.engagement.api.ResponseJson;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every top-level key the result document writes besides the groupings: the API's own (window and
 * ID lists, spec 4.3) and ours. A grouping may not take one of these names, or the document would
 * hold the key twice.
 */
public final class ResultKeys {
    public static final String START = ResponseJson.START;
    public static final String END = ResponseJson.END;
    public static final String UNAVAILABLE = ResponseJson.UNAVAILABLE;
    public static final String UNSUPPORTED_VIDEO = ResponseJson.UNSUPPORTED_VIDEO;
    public static final String UNSUPPORTED_IMPRESSIONS = ResponseJson.UNSUPPORTED_IMPRESSIONS;
    public static final String FORBIDDEN = "forbidden_tweet_ids";
    public static final String FAILED = "failed_tweet_ids";
    public static final String OUT_OF_RANGE = "out_of_range_tweet_ids";
    public static final String WINDOWS = "windows";
    public static final String TOP = "top_tweets";
    public static final String PARTIAL = "partial";
    /** What each profile did, in a run that routes Tweets between profiles. */
    public static final String PROFILES = "profiles";
    /** The profile that fetched a Tweet (a JSON Lines field, a CSV column). */
    public static final String PROFILE = "profile";

    /** The reserved names, in the order messages list them. */
    public static final Set<String> RESERVED = reserved();

    private ResultKeys() {
    }

    private static Set<String> reserved() {
        Set<String> names = new LinkedHashSet<>(List.of(START, END, WINDOWS, UNAVAILABLE, UNSUPPORTED_VIDEO,
                UNSUPPORTED_IMPRESSIONS, FORBIDDEN, FAILED, OUT_OF_RANGE, TOP, PARTIAL, PROFILES));
        names.addAll(ResponseJson.TOP_LEVEL_KEYS);
        return Collections.unmodifiableSet(names);
    }
}
