package dev.engagement.owners;

import java.io.IOException;

/**
 * Which profile owned which Tweet when it was last fetched. A hint, never the truth: an entry that
 * turns out wrong (ownership changed, a token was replaced) is corrected by the next fetch. A file
 * ({@link OwnerCacheFile}) or a database can hold it.
 */
public interface OwnerCache {
    /** The profile that last fetched {@code tweetId}, or null when none is known. */
    String ownerOf(long tweetId);

    /** {@code profile}'s token fetched {@code tweetId}. */
    void owned(long tweetId, String profile);

    /** No profile tried owns {@code tweetId}: what was known about it is dropped. */
    void ownedByNone(long tweetId);

    /** Makes what was learnt durable; nothing happens when nothing changed. */
    void save() throws IOException;

    /** A cache that remembers nothing (no place to keep one). */
    OwnerCache NONE = new OwnerCache() {
        @Override
        public String ownerOf(long tweetId) {
            return null;
        }

        @Override
        public void owned(long tweetId, String profile) {
        }

        @Override
        public void ownedByNone(long tweetId) {
        }

        @Override
        public void save() {
        }
    };
}
