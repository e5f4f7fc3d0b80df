package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.TimeWindow;
import java.util.List;
import java.util.Map;

/**
 * What is left to write when a run ends: the window, the groupings kept in memory (those not
 * keyed by Tweet), the ID lists, whether the run stopped early, and, for a run that routes Tweets
 * between profiles, what each profile did (null otherwise; in the order the profiles were tried).
 */
public record RunResult(String start, String end, List<TimeWindow> windows, Map<String, CountTree> aggregates,
        IdLists ids, boolean partial, Map<String, ProfileCounts> profiles) {

    public RunResult(String start, String end, List<TimeWindow> windows, Map<String, CountTree> aggregates,
            IdLists ids, boolean partial) {
        this(start, end, windows, aggregates, ids, partial, null);
    }

    public RunResult withProfiles(Map<String, ProfileCounts> byProfile) {
        return new RunResult(start, end, windows, aggregates, ids, partial, byProfile);
    }
}
