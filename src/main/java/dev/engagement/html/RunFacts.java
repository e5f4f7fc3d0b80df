package dev.engagement.html;

import dev.engagement.api.TimeWindow;
import java.util.List;
import java.util.Map;

/**
 * What a report says about the run before its numbers.
 *
 * @param source   what was read (a file name)
 * @param endpoint the endpoint, e.g. {@code /historical}, or null when the source does not say
 * @param start    the range's start as written in the result, or null ({@code /totals})
 * @param windows  the windows the range was fetched in (empty when one)
 * @param tweets   how many Tweet IDs the run asked for, or null when the source does not say
 * @param idLists  each ID list's name and size, in the result's order
 */
public record RunFacts(String source, String endpoint, String start, String end, List<TimeWindow> windows, Long tweets,
        Map<String, Integer> idLists, boolean partial) {
    public RunFacts {
        windows = List.copyOf(windows);
        idLists = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(idLists));
    }
}
