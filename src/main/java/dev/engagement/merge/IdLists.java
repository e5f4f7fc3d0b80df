package dev.engagement.merge;

import dev.engagement.api.EngagementResponse;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The Tweet IDs a run could not give counts for, by reason, each list in first-seen order without repeats. */
public final class IdLists {
    public final Set<String> unavailable = new LinkedHashSet<>();
    public final Set<String> unsupportedForVideoViews = new LinkedHashSet<>();
    public final Set<String> unsupportedForImpressionsEngagements = new LinkedHashSet<>();
    public final Set<String> forbidden = new LinkedHashSet<>();
    public final Set<String> failed = new LinkedHashSet<>();
    /** IDs outside the window the API can serve (with {@code --since-post}: too old, or not yet posted). */
    public final Set<String> outOfRange = new LinkedHashSet<>();

    public void addFrom(EngagementResponse response) {
        unavailable.addAll(response.unavailableTweetIds);
        unsupportedForVideoViews.addAll(response.unsupportedForVideoViewsTweetIds);
        unsupportedForImpressionsEngagements.addAll(response.unsupportedForImpressionsEngagementsTweetIds);
    }

    public void addAll(IdLists other) {
        unavailable.addAll(other.unavailable);
        unsupportedForVideoViews.addAll(other.unsupportedForVideoViews);
        unsupportedForImpressionsEngagements.addAll(other.unsupportedForImpressionsEngagements);
        forbidden.addAll(other.forbidden);
        failed.addAll(other.failed);
        outOfRange.addAll(other.outOfRange);
    }

    public void markFailed(Collection<String> ids) {
        failed.addAll(ids);
    }
}
