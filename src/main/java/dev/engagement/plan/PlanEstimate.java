package dev.engagement.plan;

import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a run would do, for {@code --dry-run}: batches, requests and a rough duration.
 *
 * @param uniqueIds         distinct Tweet IDs to fetch
 * @param batchSize         IDs per request (at most 250 for totals, 25 otherwise)
 * @param batches           ID batches
 * @param windows           distinct request windows (1 for /totals and /28hr)
 * @param requests          HTTP requests, retries not counted
 * @param estimatedDuration requests at the rate limit, or at {@link #SECONDS_PER_REQUEST} when unlimited
 * @param requestsPerMinute the rate the estimate assumes; 0 = unlimited
 * @param windowList        the windows, when known (for listing the first few); may be empty
 */
public record PlanEstimate(long uniqueIds, int batchSize, long batches, int windows, long requests,
                           Duration estimatedDuration, double requestsPerMinute, List<TimeWindow> windowList) {
    /** Assumed time of one request when no rate limit applies (also the floor when one does). */
    public static final double SECONDS_PER_REQUEST = 0.3;
    /** How many windows {@link #describe()} lists before "and N more". */
    public static final int WINDOWS_LISTED = 3;

    public PlanEstimate {
        windowList = List.copyOf(windowList);
    }

    /** Every batch is sent once per window. */
    public static PlanEstimate of(long uniqueIds, int batchSize, int windows, double requestsPerMinute) {
        return build(uniqueIds, batchSize, windows, List.of(), requestsPerMinute);
    }

    /** As {@link #of(long, int, int, double)}, and {@link #describe()} lists the first windows. */
    public static PlanEstimate of(long uniqueIds, int batchSize, List<TimeWindow> windows, double requestsPerMinute) {
        return build(uniqueIds, batchSize, windows.size(), windows, requestsPerMinute);
    }

    /** For {@code --since-post}: each group's batches are sent once per window of that group. */
    public static PlanEstimate of(SincePostPlan plan, int batchSize, double requestsPerMinute) {
        checkArgs(plan.idCount(), batchSize, 0, requestsPerMinute);
        List<TimeWindow> windows = plan.distinctWindows();
        long requests = plan.requestCount(batchSize);
        return new PlanEstimate(plan.idCount(), batchSize, plan.batchCount(batchSize), windows.size(), requests,
                duration(requests, requestsPerMinute), requestsPerMinute, windows);
    }

    private static PlanEstimate build(long uniqueIds, int batchSize, int windows, List<TimeWindow> windowList,
                                      double requestsPerMinute) {
        checkArgs(uniqueIds, batchSize, windows, requestsPerMinute);
        long batches = Chunker.batchCount(uniqueIds, batchSize);
        long requests = Math.multiplyExact(batches, (long) windows);
        return new PlanEstimate(uniqueIds, batchSize, batches, windows, requests,
                duration(requests, requestsPerMinute), requestsPerMinute, windowList);
    }

    private static void checkArgs(long uniqueIds, int batchSize, int windows, double requestsPerMinute) {
        if (uniqueIds < 0 || batchSize < 1 || windows < 0
                || !(requestsPerMinute >= 0) || Double.isInfinite(requestsPerMinute)) {
            throw new IllegalArgumentException("bad estimate input: ids=" + uniqueIds + " batchSize=" + batchSize
                    + " windows=" + windows + " requestsPerMinute=" + requestsPerMinute);
        }
    }

    /** Whichever is slower: the rate limit or {@link #SECONDS_PER_REQUEST} per request. */
    /** This estimate for {@code n} batches of the same IDs (cut otherwise, e.g. per owner), each sent once per window. */
    public PlanEstimate withBatches(long n) {
        long r = Math.multiplyExact(n, (long) windows);
        return new PlanEstimate(uniqueIds, batchSize, n, windows, r, duration(r, requestsPerMinute), requestsPerMinute,
                windowList);
    }

    private static Duration duration(long requests, double requestsPerMinute) {
        double perRequest = SECONDS_PER_REQUEST;
        if (requestsPerMinute > 0) {
            perRequest = Math.max(perRequest, 60.0 / requestsPerMinute);
        }
        return Duration.ofMillis(Math.round(requests * perRequest * 1000));
    }

    /** A few lines for the user: IDs and batches, windows, requests, estimated duration. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add(count(uniqueIds, "Tweet ID") + " in " + count(batches, "batch") + " of up to " + batchSize + ".");
        StringBuilder w = new StringBuilder(count(windows, "window"));
        if (!windowList.isEmpty()) {
            w.append(": ");
            int shown = Math.min(WINDOWS_LISTED, windowList.size());
            for (int i = 0; i < shown; i++) {
                TimeWindow tw = windowList.get(i);
                w.append(i == 0 ? "" : ", ").append(TimeRules.formatWire(tw.start())).append(" to ")
                        .append(TimeRules.formatWire(tw.end()));
            }
            if (windowList.size() > shown) {
                w.append(", and ").append(windowList.size() - shown).append(" more");
            }
        }
        lines.add(w.append('.').toString());
        lines.add(count(requests, "request") + ".");
        String rate = requestsPerMinute > 0
                ? "at " + number(requestsPerMinute) + " requests/minute"
                : "at an unlimited rate (~" + number(SECONDS_PER_REQUEST) + " s per request)";
        lines.add("Estimated duration ~" + human(estimatedDuration) + " " + rate + ".");
        return String.join("\n", lines);
    }

    /** "45 s", "12 min", "2 h 05 min", "3 d 4 h". */
    static String human(Duration d) {
        long s = (d.toMillis() + 500) / 1000;
        if (s < 60) {
            return s + " s";
        }
        long min = (s + 30) / 60;
        if (min < 60) {
            return min + " min";
        }
        long h = min / 60;
        if (h < 24) {
            return String.format(Locale.ROOT, "%d h %02d min", h, min % 60);
        }
        long hours = (min + 30) / 60;
        return hours / 24 + " d " + hours % 24 + " h";
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("ch") ? noun + "es" : noun + "s";
        return String.format(Locale.ROOT, "%,d", n) + " " + (n == 1 ? noun : plural);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%d", (long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
