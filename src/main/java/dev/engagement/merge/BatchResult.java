package dev.engagement.merge;

import dev.engagement.api.CountTree;
import dev.engagement.api.CountTreeJson;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.Grouping;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One ID batch's counts summed over its windows, with the IDs that got none and why. */
public final class BatchResult {
    private final Map<String, CountTree> groupings = new LinkedHashMap<>();
    /** A grouping's counts as compact JSON, where a response gave them so and nothing was added since. */
    private final Map<String, byte[]> compactCounts = new LinkedHashMap<>();
    private final IdLists ids = new IdLists();
    /** Which profile's token fetched each Tweet, when the run signs with several (else empty). */
    private final Map<String, String> fetchedBy = new LinkedHashMap<>();
    private String start;
    private String end;

    public BatchResult(List<Grouping> groupings) {
        for (Grouping g : groupings) {
            this.groupings.put(g.name(), new CountTree());
        }
    }

    /**
     * Adds a 200 response: counts are summed, so windows and batches combine the same way. The
     * response's trees may be taken over: do not use or change them afterwards.
     */
    public void add(EngagementResponse response) {
        for (Map.Entry<String, CountTree> e : groupings.entrySet()) {
            CountTree counts = response.groupings.get(e.getKey());
            if (counts == null) {
                continue;
            }
            if (e.getValue().isEmpty()) {
                // The usual case, one window per batch: take the parsed tree over instead of copying it.
                // The response is not used after it has been added.
                e.setValue(counts);
                byte[] text = response.compactCounts.get(e.getKey());
                if (text != null) {
                    compactCounts.put(e.getKey(), text);
                } else {
                    compactCounts.remove(e.getKey());
                }
            } else {
                e.getValue().addAll(counts);
                compactCounts.remove(e.getKey());
            }
        }
        ids.addFrom(response);
        widenWindow(response.start, response.end);
    }

    /** Sets a grouping's counts as recorded (a replayed batch); the tree is taken over. */
    public void setCounts(String grouping, CountTree counts) {
        groupings.put(grouping, counts);
        compactCounts.remove(grouping);
    }

    /** The groupings this result holds, in request order. */
    public java.util.Set<String> groupingNames() {
        return groupings.keySet();
    }

    /** Widens the window the batch covers to include {@code [s, e]} (wire timestamps; either may be null). */
    public void widenWindow(String s, String e) {
        // Wire timestamps share one fixed-width format, so text order is time order.
        if (s != null && (start == null || s.compareTo(start) < 0)) {
            start = s;
        }
        if (e != null && (end == null || e.compareTo(end) > 0)) {
            end = e;
        }
    }

    public CountTree counts(String grouping) {
        return groupings.get(grouping);
    }

    /**
     * {@link CountTreeJson#compact compact(counts(grouping), false)}, when the response gave it already
     * (one response, read as it came), as ASCII bytes, else null. The counts must not have been changed
     * through the tree.
     */
    public byte[] compactCounts(String grouping) {
        return compactCounts.get(grouping);
    }

    public IdLists ids() {
        return ids;
    }

    /** Records that {@code profile}'s token fetched {@code tweetId}. */
    public void fetchedBy(String tweetId, String profile) {
        fetchedBy.put(tweetId, profile);
    }

    /** Tweet ID to the profile that fetched it, in the order fetched; empty when the run signs with one token. */
    public Map<String, String> fetchedBy() {
        return fetchedBy;
    }

    public String start() {
        return start;
    }

    public String end() {
        return end;
    }
}
