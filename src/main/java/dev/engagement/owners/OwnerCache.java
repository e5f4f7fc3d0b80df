package dev.engagement.owners;

import java.io.IOException;

/**
 * Which profile owned which Tweet when it was last fetched. A hint, never the truth: an entry that
 * turns out wrong (ownership changed, a token was replaced) is corrected by the next fetch. A file
 * ({@link OwnerCacheFile}) or a database can hold it.
 *
 * <p>{@link #ownerOf} answers as the cache was when the run started, whatever the run learns: the run's
 * batches are cut from it, and a resumed run must cut the same ones. What is learnt is kept by
 * {@link #save()}.
 */
public interface OwnerCache {
    /** The profile that fetched {@code tweetId} last before this run, or null when none is known. */
    String ownerOf(long tweetId);

    /** Identifies what {@link #ownerOf} answers in this run (it goes into the run's fingerprint). */
    String snapshot();

    /** {@code profile}'s token fetched {@code tweetId}. */
    void owned(long tweetId, String profile);

    /** No profile tried owns {@code tweetId}: what was known about it is dropped. */
    void ownedByNone(long tweetId);

    /** Makes what was learnt durable; nothing happens when nothing was learnt. */
    void save() throws IOException;

    /** A cache that remembers nothing (no place to keep one). */
    OwnerCache NONE = new OwnerCache() {
        @Override
        public String ownerOf(long tweetId) {
            return null;
        }

        @Override
        public String snapshot() {
            return "none";
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
