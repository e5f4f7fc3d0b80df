package dev.engagement.merge;

/**
 * What one profile's token did in a run that routes Tweets between owners: Tweets it fetched (replayed
 * batches included), Tweet IDs it refused as not owned and requests sent with it (both this attempt).
 */
public record ProfileCounts(long tweets, long refused, long requests) {
}
