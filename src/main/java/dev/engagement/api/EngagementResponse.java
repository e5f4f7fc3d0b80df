package dev.engagement.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed response body: grouping trees plus the top-level ID lists, window and error strings. */
public final class EngagementResponse {
    public final Map<String, CountTree> groupings = new LinkedHashMap<>();
    public final List<String> unavailableTweetIds = new ArrayList<>();
    public final List<String> unsupportedForVideoViewsTweetIds = new ArrayList<>();
    public final List<String> unsupportedForImpressionsEngagementsTweetIds = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public String start;
    public String end;
}
