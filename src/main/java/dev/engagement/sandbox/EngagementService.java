package dev.engagement.sandbox;

import dev.engagement.api.ApiError;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.CountTree;
import dev.engagement.api.Endpoint;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.RequestJson;
import dev.engagement.api.Result;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one authenticated Engagement API request: the rules come from {@code dev.engagement.api},
 * ownership, deletion and counts from {@link SandboxData}. Knows nothing about HTTP.
 */
final class EngagementService {

    /** A status and body; {@code tweetIds} are the IDs the body asked for (for the log). */
    record Reply(int status, EngagementResponse body, List<String> tweetIds) {
    }

    /** Who is asking: the kind of auth and, for user context, the user. */
    record Caller(AuthKind kind, long userId) {
    }

    private final SandboxConfig config;
    private final SandboxData data;

    EngagementService(SandboxConfig config, SandboxData data) {
        this.config = config;
        this.data = data;
    }

    Reply handle(Endpoint endpoint, String body, Caller caller, Instant now) {
        Result<RequestJson.RawRequest> parsed = RequestJson.parse(body);
        if (!parsed.isOk()) {
            return error(parsed.error(), List.of());
        }
        RequestJson.RawRequest raw = parsed.value();
        List<String> ids = raw.tweetIds();
        Result<List<Metric>> metrics = ApiRules.parseMetrics(endpoint, raw.engagementTypes(), caller.kind(),
                config.acceptMediaClicks());
        if (!metrics.isOk()) {
            return error(metrics.error(), ids);
        }
        Result<List<Grouping>> groupings = ApiRules.parseGroupings(endpoint, raw.groupings(),
                !config.strictGroupKeyCase());
        if (!groupings.isOk()) {
            return error(groupings.error(), ids);
        }
        Optional<ApiError> count = ApiRules.checkIdCount(endpoint, ids.size());
        if (count.isPresent()) {
            return error(count.get(), ids);
        }
        TimeWindow window = null;
        String echoedEnd = null;
        if (endpoint == Endpoint.HOURS_28) {
            window = TimeRules.window28hr(now);
        } else if (endpoint == Endpoint.HISTORICAL) {
            Instant start = null;
            Instant end = null;
            if (raw.start() != null && (start = TimeRules.parseWire(raw.start())) == null) {
                return error(badTime("start", raw.start()), ids);
            }
            if (raw.end() != null && (end = TimeRules.parseWire(raw.end())) == null) {
                return error(badTime("end", raw.end()), ids);
            }
            window = TimeRules.resolveHistorical(start, end, now);
            Optional<ApiError> bad = TimeRules.checkHistoricalWindow(window, now);
            if (bad.isPresent()) {
                return error(bad.get(), ids);
            }
            if (start == null && end == null) {
                echoedEnd = TimeRules.formatWire(now);
            }
        }

        long[] numeric = new long[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            numeric[i] = Long.parseLong(ids.get(i));
        }

        // Ownership (spec 5.3): one unowned, existing Tweet rejects the whole user-context request.
        if (caller.kind() == AuthKind.USER) {
            Map<Long, List<String>> foreign = new LinkedHashMap<>();
            for (int i = 0; i < numeric.length; i++) {
                long id = numeric[i];
                if (isGone(id, now)) {
                    continue;
                }
                long author = data.authorOf(id);
                if (author != caller.userId()) {
                    foreign.computeIfAbsent(author, a -> new ArrayList<>()).add(ids.get(i));
                }
            }
            if (!foreign.isEmpty()) {
                List<String> messages = new ArrayList<>();
                foreign.forEach((author, list) -> messages.add(config.legacyForbiddenWording()
                        ? ApiMessages.forbiddenTweetsLegacy(author, list) : ApiMessages.forbiddenTweets(list)));
                return error(new ApiError(403, messages), ids);
            }
        }

        // Protected Tweets (spec 5.4): 400 for the whole request, even for the owner.
        List<String> protectedIds = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        List<Integer> available = new ArrayList<>();
        for (int i = 0; i < numeric.length; i++) {
            if (isGone(numeric[i], now)) {
                unavailable.add(ids.get(i));
            } else if (data.isProtected(numeric[i])) {
                protectedIds.add(ids.get(i));
            } else {
                available.add(i);
            }
        }
        if (!protectedIds.isEmpty()) {
            EngagementResponse res = new EngagementResponse();
            res.errors.add(ApiMessages.PROTECTED_UNAVAILABLE);
            res.unavailableTweetIds.addAll(protectedIds);
            return new Reply(400, res, ids);
        }
        if (available.isEmpty()) {
            EngagementResponse res = new EngagementResponse();
            res.errors.add(ApiMessages.unavailable(unavailable.size()));
            res.unavailableTweetIds.addAll(unavailable);
            return new Reply(400, res, ids);
        }

        EngagementResponse res = new EngagementResponse();
        if (window != null) {
            res.start = TimeRules.formatWire(window.start());
            res.end = echoedEnd != null ? echoedEnd : TimeRules.formatWire(window.end());
        }
        if (!unavailable.isEmpty()) {
            res.unavailableTweetIds.addAll(unavailable);
            if (config.addUnavailableError()) {
                res.errors.add(ApiMessages.unavailable(unavailable.size()));
            }
        }

        List<Metric> ms = metrics.value();
        int hours = window == null ? 1 : (int) window.duration().toHours();
        long[][][] values = new long[available.size()][ms.size()][];
        boolean videoRequested = ms.contains(Metric.VIDEO_VIEWS);
        boolean impressionsRule = endpoint == Endpoint.TOTALS
                && (ms.contains(Metric.IMPRESSIONS) || ms.contains(Metric.ENGAGEMENTS));
        for (int a = 0; a < available.size(); a++) {
            int i = available.get(a);
            long id = numeric[i];
            Instant createdAt = data.createdAt(id);
            boolean videoTooOld = TimeRules.videoViewsUnsupported(createdAt, now);
            boolean impressionsTooOld = TimeRules.impressionsUnsupported(endpoint, createdAt, now);
            if (videoRequested && videoTooOld) {
                res.unsupportedForVideoViewsTweetIds.add(ids.get(i));
            }
            if (impressionsRule && impressionsTooOld) {
                res.unsupportedForImpressionsEngagementsTweetIds.add(ids.get(i));
            }
            for (int k = 0; k < ms.size(); k++) {
                Metric m = ms.get(k);
                boolean zero = (m == Metric.VIDEO_VIEWS && videoTooOld)
                        || ((m == Metric.IMPRESSIONS || m == Metric.ENGAGEMENTS) && impressionsTooOld);
                if (zero) {
                    values[a][k] = new long[hours];
                } else if (window == null) {
                    values[a][k] = new long[] {data.lifetimeTotal(id, m, now)};
                } else {
                    values[a][k] = data.hourly(id, m, window, now);
                }
            }
        }
        if (!res.unsupportedForImpressionsEngagementsTweetIds.isEmpty()) {
            res.errors.add(ApiMessages.impressionsTooOld((int) TimeRules.IMPRESSIONS_MAX_AGE.toDays()));
        }

        List<String> idKeys = new ArrayList<>();
        for (int i : available) {
            idKeys.add(ids.get(i));
        }
        Buckets buckets = window == null ? null : new Buckets(window);
        for (Grouping g : groupings.value()) {
            res.groupings.put(g.name(), aggregate(effectiveKeys(g), idKeys, ms, values, buckets));
        }
        return new Reply(200, res, ids);
    }

    private boolean isGone(long id, Instant now) {
        return data.isDeleted(id) || !data.existsAt(id, now);
    }

    private static ApiError badTime(String field, String value) {
        String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
        return new ApiError(400, "Invalid " + field + " '" + shown + "': use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)");
    }

    private static Reply error(ApiError e, List<String> ids) {
        EngagementResponse res = new EngagementResponse();
        res.errors.addAll(e.messages());
        return new Reply(e.status(), res, ids);
    }

    /** The grouping's levels, with a day level above a lone hour level in the E1 layout. */
    private List<GroupKey> effectiveKeys(Grouping g) {
        List<GroupKey> keys = new ArrayList<>(g.keys());
        if (config.hourLayout() == SandboxConfig.HourLayout.DAY_THEN_HOUR && g.has(GroupKey.ENGAGEMENT_HOUR)
                && !g.has(GroupKey.ENGAGEMENT_DAY)) {
            keys.add(keys.indexOf(GroupKey.ENGAGEMENT_HOUR), GroupKey.ENGAGEMENT_DAY);
        }
        return keys;
    }

    /** Day and hour-of-day of each hour bucket of a window. */
    private static final class Buckets {
        final int hours;
        final int[] dayIndex;
        final int[] hourOfDay;
        final List<String> dayKeys = new ArrayList<>();

        Buckets(TimeWindow w) {
            hours = (int) w.duration().toHours();
            dayIndex = new int[hours];
            hourOfDay = new int[hours];
            LocalDate last = null;
            for (int h = 0; h < hours; h++) {
                Instant t = w.start().plusSeconds(3600L * h);
                LocalDate d = LocalDate.ofInstant(t, ZoneOffset.UTC);
                if (!d.equals(last)) {
                    dayKeys.add(d.toString());
                    last = d;
                }
                dayIndex[h] = dayKeys.size() - 1;
                hourOfDay[h] = t.atOffset(ZoneOffset.UTC).getHour();
            }
        }
    }

    private static final String[] HOUR_KEYS = new String[24];

    static {
        for (int h = 0; h < 24; h++) {
            HOUR_KEYS[h] = String.format("%02d", h);
        }
    }

    /**
     * Sums the values into one cell per combination of the grouping's dimensions (missing
     * dimensions are summed over), then writes the cells in {@code keys} order. Every requested
     * Tweet, type and bucket of the window appears, zero or not.
     */
    private static CountTree aggregate(List<GroupKey> keys, List<String> idKeys, List<Metric> metrics,
            long[][][] values, Buckets buckets) {
        boolean hasT = keys.contains(GroupKey.TWEET_ID);
        boolean hasY = keys.contains(GroupKey.ENGAGEMENT_TYPE);
        boolean hasD = keys.contains(GroupKey.ENGAGEMENT_DAY);
        boolean hasR = keys.contains(GroupKey.ENGAGEMENT_HOUR);
        int nT = hasT ? idKeys.size() : 1;
        int nY = hasY ? metrics.size() : 1;
        int nD = hasD ? buckets.dayKeys.size() : 1;
        int nR = hasR ? 24 : 1;
        long[] cells = new long[nT * nY * nD * nR];
        boolean[] present = new boolean[nD * nR];
        int hours = buckets == null ? 1 : buckets.hours;
        for (int t = 0; t < idKeys.size(); t++) {
            for (int y = 0; y < metrics.size(); y++) {
                long[] v = values[t][y];
                for (int h = 0; h < hours; h++) {
                    int d = hasD ? buckets.dayIndex[h] : 0;
                    int r = hasR ? buckets.hourOfDay[h] : 0;
                    cells[(((hasT ? t : 0) * nY + (hasY ? y : 0)) * nD + d) * nR + r] += v[h];
                    present[d * nR + r] = true;
                }
            }
        }
        CountTree tree = new CountTree();
        int[] at = new int[4];
        String[] path = new String[keys.size()];
        emit(keys, 0, at, path, tree, cells, present, idKeys, metrics, buckets, nY, nD, nR);
        return tree;
    }

    private static void emit(List<GroupKey> keys, int level, int[] at, String[] path, CountTree tree, long[] cells,
            boolean[] present, List<String> idKeys, List<Metric> metrics, Buckets buckets, int nY, int nD, int nR) {
        if (level == keys.size()) {
            int t = at[0];
            int y = at[1];
            int d = at[2];
            int r = at[3];
            if (present[d * nR + r]) {
                tree.add(path, cells[((t * nY + y) * nD + d) * nR + r]);
            }
            return;
        }
        GroupKey key = keys.get(level);
        int dim;
        int size;
        switch (key) {
            case TWEET_ID: dim = 0; size = idKeys.size(); break;
            case ENGAGEMENT_TYPE: dim = 1; size = metrics.size(); break;
            case ENGAGEMENT_DAY: dim = 2; size = nD; break;
            default: dim = 3; size = 24; break;
        }
        for (int i = 0; i < size; i++) {
            at[dim] = i;
            switch (dim) {
                case 0: path[level] = idKeys.get(i); break;
                case 1: path[level] = metrics.get(i).wireName(); break;
                case 2: path[level] = buckets.dayKeys.get(i); break;
                default: path[level] = HOUR_KEYS[i]; break;
            }
            emit(keys, level + 1, at, path, tree, cells, present, idKeys, metrics, buckets, nY, nD, nR);
        }
        at[dim] = 0;
    }
}
