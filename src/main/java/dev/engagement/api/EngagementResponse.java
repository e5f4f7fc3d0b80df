package dev.engagement.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed response body: grouping trees plus the top-level ID lists, window and error strings. */
public final class EngagementResponse {
    public final Map<String, CountTree> groupings = new LinkedHashMap<>();
    /**
     * For a grouping whose body text was already in compact form (no whitespace, no escape, no key
     * twice, counts in plain decimals): that text with the counts unquoted, which is what
     * {@link CountTreeJson#compact compact(tree, false)} gives and a journal record holds, as its ASCII
     * bytes. Absent otherwise.
     */
    public final Map<String, byte[]> compactCounts = new LinkedHashMap<>();
    public final List<String> unavailableTweetIds = new ArrayList<>();
    public final List<String> unsupportedForVideoViewsTweetIds = new ArrayList<>();
    public final List<String> unsupportedForImpressionsEngagementsTweetIds = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public String start;
    public String end;
}
