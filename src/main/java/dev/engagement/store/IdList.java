package dev.engagement.store;

/** The names of a snapshot's ID lists in {@code snapshot_ids.list}: those of the result's ID lists without the suffix. */
public final class IdList {
    public static final String UNAVAILABLE = "unavailable";
    public static final String UNSUPPORTED_VIDEO_VIEWS = "unsupported_video_views";
    public static final String UNSUPPORTED_IMPRESSIONS_ENGAGEMENTS = "unsupported_impressions_engagements";
    public static final String FORBIDDEN = "forbidden";
    public static final String FAILED = "failed";
    public static final String OUT_OF_RANGE = "out_of_range";

    private IdList() {
    }
}
