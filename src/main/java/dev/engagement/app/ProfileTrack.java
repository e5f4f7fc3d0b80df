package dev.engagement.app;

import dev.engagement.fetch.OwnerRouting;
import dev.engagement.merge.BatchResult;
import dev.engagement.merge.ProfileCounts;
import dev.engagement.output.TweetProfiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who fetched what in a run that routes Tweets between profiles: the profile of each Tweet of the batch
 * being written (for the outputs), and per profile the Tweets of every batch merged, replayed ones too.
 */
final class ProfileTrack implements TweetProfiles {
    private final Map<String, long[]> tweets = new LinkedHashMap<>();
    private Map<String, String> current = Map.of();

    ProfileTrack(List<String> profiles) {
        profiles.forEach(p -> tweets.put(p, new long[1]));
    }

    /** A batch is about to be written. */
    void batch(BatchResult batch) {
        current = batch.fetchedBy();
        current.values().forEach(p -> tweets.computeIfAbsent(p, k -> new long[1])[0]++);
    }

    @Override
    public String of(String tweetId) {
        return current.get(tweetId);
    }

    /** Per profile, in the order tried: Tweets fetched, and this attempt's refusals and requests. */
    Map<String, ProfileCounts> counts(OwnerRouting routing) {
        Map<String, ProfileCounts> counts = new LinkedHashMap<>();
        for (int i = 0; i < routing.signers().size(); i++) {
            String p = routing.signers().get(i).profile();
            counts.put(p, new ProfileCounts(tweets.getOrDefault(p, new long[1])[0], routing.tally(i).refused(),
                    routing.tally(i).requests()));
        }
        // A profile of an earlier attempt that this one does not sign with (its journal is the same run's).
        tweets.forEach((p, n) -> counts.putIfAbsent(p, new ProfileCounts(n[0], 0, 0)));
        return counts;
    }
}
