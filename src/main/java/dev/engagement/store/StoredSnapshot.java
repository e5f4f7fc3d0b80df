package dev.engagement.store;

import java.time.Instant;

/** One snapshot as the store holds it, with the number of its count rows. */
public record StoredSnapshot(long id, Instant fetchedAt, String endpoint, String windowStart, String windowEnd,
        String metrics, String groupings, String fingerprint, boolean complete, long tweetIds, String toolVersion,
        long counts) {
}
