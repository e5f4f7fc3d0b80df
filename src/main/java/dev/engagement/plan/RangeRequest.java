package dev.engagement.plan;

import java.time.Duration;

/** The historical range as typed: {@code --start}, {@code --end}, {@code --clamp}, {@code --since-post} (null where not given). */
public record RangeRequest(String start, String end, boolean clamp, Duration sincePost) {
    /** No range: the endpoints that take none. */
    public static final RangeRequest NONE = new RangeRequest(null, null, false, null);
}
