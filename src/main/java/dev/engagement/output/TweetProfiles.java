package dev.engagement.output;

/** Which profile's token fetched a Tweet of the batch being written, for the {@code profile} field and column. */
@FunctionalInterface
public interface TweetProfiles {
    /** The profile, or null when not known. */
    String of(String tweetId);
}
