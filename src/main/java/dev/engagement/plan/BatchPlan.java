package dev.engagement.plan;

import dev.engagement.Text;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PrimitiveIterator;

/**
 * The batches of a run, what they amount to, and the IDs no batch can serve: a stream of unique IDs
 * cut for the same windows, or, with {@code --since-post}, grouped by the hour each Tweet was posted.
 *
 * @param outOfRange IDs left out because their window cannot be served (too old, or not yet posted)
 * @param warnings   one sentence per kind of ID left out, for the user
 */
public record BatchPlan(Iterator<IdBatch> batches, PlanEstimate estimate, List<String> outOfRange, List<String> warnings) {

    /** Every ID for the same windows (none for /totals and /28hr). */
    public static BatchPlan windowed(PrimitiveIterator.OfLong ids, long uniqueIds, int batchSize, List<TimeWindow> windows,
            double requestsPerMinute) {
        // Without windows, each batch is still one request: the endpoint's own window.
        PlanEstimate estimate = windows.isEmpty() ? PlanEstimate.of(uniqueIds, batchSize, 1, requestsPerMinute)
                : PlanEstimate.of(uniqueIds, batchSize, windows, requestsPerMinute);
        return new BatchPlan(new Chunker(ids, batchSize, windows), estimate, List.of(), List.of());
    }

    /**
     * As {@link #windowed}, with the batches cut per owner ({@link OwnerChunker}): {@code routeOf} names each
     * ID's route among {@code routes}. {@code again} is a second pass over the same IDs, to count the batches.
     */
    public static BatchPlan routed(PrimitiveIterator.OfLong ids, PrimitiveIterator.OfLong again, long uniqueIds,
            int batchSize, List<TimeWindow> windows, double requestsPerMinute, int routes,
            java.util.function.LongToIntFunction routeOf) {
        PlanEstimate plain = windowed(again, uniqueIds, batchSize, windows, requestsPerMinute).estimate();
        long batches = OwnerChunker.batchCount(again, batchSize, routes, routeOf);
        return new BatchPlan(new OwnerChunker(ids, batchSize, windows, routes, routeOf), plain.withBatches(batches),
                List.of(), List.of());
    }

    /** Each Tweet from the hour it was posted for {@code length}. Holds every ID in memory (see {@link SincePost}). */
    public static BatchPlan sincePost(PrimitiveIterator.OfLong ids, int batchSize, Duration length, Instant now,
            double requestsPerMinute) {
        SincePostPlan plan = SincePost.plan(ids, length, now);
        List<String> outOfRange = new ArrayList<>();
        plan.tooOld().forEach(id -> outOfRange.add(Long.toString(id)));
        plan.notYetCreated().forEach(id -> outOfRange.add(Long.toString(id)));
        List<String> warnings = new ArrayList<>();
        if (!plan.tooOld().isEmpty()) {
            warnings.add(Text.count(plan.tooOld().size(), "Tweet") + " posted too long ago for the API's "
                    + TimeRules.MAX_LOOKBACK.toDays() + "-day limit " + (plan.tooOld().size() == 1 ? "is" : "are")
                    + " listed in out_of_range_tweet_ids, e.g. " + plan.tooOld().get(0) + ".");
        }
        if (!plan.notYetCreated().isEmpty()) {
            int n = plan.notYetCreated().size();
            warnings.add(Text.count(n, "Tweet ID") + (n == 1 ? " carries" : " carry") + " a creation time in the future and "
                    + (n == 1 ? "is" : "are") + " listed in out_of_range_tweet_ids, e.g. " + plan.notYetCreated().get(0) + ".");
        }
        return new BatchPlan(new SincePostBatches(plan, batchSize), PlanEstimate.of(plan, batchSize, requestsPerMinute),
                outOfRange, warnings);
    }
}
