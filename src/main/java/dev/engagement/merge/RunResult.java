package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.TimeWindow;
import java.util.List;
import java.util.Map;

/**
 * What is left to write when a run ends: the window, the groupings kept in memory (those not
 * keyed by Tweet), the ID lists, and whether the run stopped early.
 */
public record RunResult(String start, String end, List<TimeWindow> windows, Map<String, CountTree> aggregates,
        IdLists ids, boolean partial) {
}
