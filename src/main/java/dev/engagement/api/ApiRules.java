package dev.engagement.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request rules of the Engagement API (spec 1-4, 7.1): ID counts, which metric on which
 * endpoint with which auth, and which groupings. Both the client's pre-flight validation and the
 * sandbox call these; a rule is never written anywhere else.
 */
public final class ApiRules {
    public static final int MAX_GROUPINGS = 3;
    /** The largest request body served (spec 9 #36): 1 MiB; a larger one is answered 413. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    public static final int MAX_GROUP_BY_KEYS = 4;
    public static final List<List<GroupKey>> FOUR_KEY_ORDERS = List.of(
            List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR),
            List.of(GroupKey.ENGAGEMENT_TYPE, GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR));

    /** Top-level response keys a grouping name must not take (spec 9 #19). */
    public static final Set<String> RESERVED_NAMES = ResponseJson.TOP_LEVEL_KEYS;

    private ApiRules() {
    }

    /** 1..N IDs per request, N per endpoint. */
    public static Optional<ApiError> checkIdCount(Endpoint endpoint, int count) {
        if (count == 0) {
            return Optional.of(new ApiError(400, "tweet_ids must hold at least one Tweet ID"));
        }
        if (count > endpoint.maxTweetIds()) {
            return Optional.of(new ApiError(400, "Too many Tweet IDs: " + count + " given, /" + endpoint.path()
                    + " accepts at most " + endpoint.maxTweetIds() + " per request"));
        }
        return Optional.empty();
    }

    /**
     * Parses engagement type names against an endpoint. Unknown names and names the endpoint does
     * not serve give 400; names the auth may not use give 403 {@code Forbidden to access metrics}.
     */
    public static Result<List<Metric>> parseMetrics(Endpoint endpoint, List<String> names, AuthKind auth,
            boolean acceptLegacyMediaClicks) {
        if (names.isEmpty()) {
            return Result.error(new ApiError(400, "engagement_types must hold at least one engagement type"));
        }
        List<Metric> metrics = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> notServed = new ArrayList<>();
        for (String name : names) {
            Metric m = Metric.fromWireName(name);
            if (m == null || (m.isLegacyAlias() && !acceptLegacyMediaClicks)) {
                unknown.add(name);
            } else if (!m.servedBy(endpoint)) {
                notServed.add(name);
            } else if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }
        if (!unknown.isEmpty()) {
            return Result.error(new ApiError(400, "Unknown engagement type(s): " + String.join(", ", unknown)
                    + ". Allowed on /" + endpoint.path() + ": " + names(Metric.servedBy(endpoint, AuthKind.USER))));
        }
        if (!notServed.isEmpty()) {
            return Result.error(new ApiError(400, "Engagement type(s) not available on /" + endpoint.path() + ": "
                    + String.join(", ", notServed) + ". Allowed: " + names(Metric.servedBy(endpoint, AuthKind.USER))));
        }
        Optional<ApiError> authError = checkMetricAuth(endpoint, metrics, auth);
        return authError.isPresent() ? Result.error(authError.get()) : Result.ok(metrics);
    }

    /** App-only auth may read only public metrics, and only on {@code /totals} (spec 7.1, 9 #35). */
    public static Optional<ApiError> checkMetricAuth(Endpoint endpoint, List<Metric> metrics, AuthKind auth) {
        if (auth == AuthKind.USER) {
            return Optional.empty();
        }
        List<Metric> forbidden = metricsNeedingUserContext(endpoint, metrics);
        return forbidden.isEmpty() ? Optional.empty()
                : Optional.of(new ApiError(403, ApiMessages.forbiddenMetrics(forbidden)));
    }

    /** The metrics among these that app-only auth may not read on this endpoint: all of them off {@code /totals}. */
    public static List<Metric> metricsNeedingUserContext(Endpoint endpoint, List<Metric> metrics) {
        return endpoint.requiresUserContext() ? List.copyOf(metrics)
                : metrics.stream().filter(m -> !m.isPublic()).collect(Collectors.toList());
    }

    /**
     * Whether a request needs OAuth 1.0a user context: always off {@code /totals}, and on {@code /totals}
     * for any metric that is not public. {@code metrics} null means the endpoint's defaults, which
     * follow the credentials at hand, so only the endpoint decides.
     */
    public static boolean needsUserContext(Endpoint endpoint, List<Metric> metrics) {
        return endpoint.requiresUserContext() || metrics != null && !metricsNeedingUserContext(endpoint, metrics).isEmpty();
    }

    /** Every metric the endpoint serves for this kind of auth: the default when none is named. */
    public static List<Metric> defaultMetrics(Endpoint endpoint, AuthKind auth) {
        return new ArrayList<>(Metric.servedBy(endpoint, auth));
    }

    /**
     * Parses groupings (name to raw {@code group_by} keys, in request order) against an endpoint:
     * 1..3 groupings, 1..4 distinct known keys, time keys only on time-series endpoints, at most one
     * 4-key grouping and only in an allowed order, names that do not collide with response keys.
     */
    public static Result<List<Grouping>> parseGroupings(Endpoint endpoint, Map<String, List<String>> raw,
            boolean ignoreKeyCase) {
        if (raw.isEmpty()) {
            return Result.error(new ApiError(400, "groupings must hold at least one grouping"));
        }
        if (raw.size() > MAX_GROUPINGS) {
            return Result.error(new ApiError(400, "Too many groupings: " + raw.size() + " given, at most "
                    + MAX_GROUPINGS + " are allowed per request"));
        }
        List<Grouping> groupings = new ArrayList<>();
        Set<String> unsupported = new LinkedHashSet<>();
        int fourKey = 0;
        for (Map.Entry<String, List<String>> e : raw.entrySet()) {
            String name = e.getKey();
            if (name.isEmpty() || RESERVED_NAMES.contains(name)) {
                return Result.error(new ApiError(400, "Grouping name '" + name
                        + "' is not allowed: it is empty or collides with a top-level response key"));
            }
            List<String> keys = e.getValue();
            if (keys == null || keys.isEmpty()) {
                return Result.error(new ApiError(400, "Grouping '" + name + "' has an empty group_by"));
            }
            if (keys.size() > MAX_GROUP_BY_KEYS) {
                return Result.error(new ApiError(400, "Grouping '" + name + "' has " + keys.size()
                        + " group_by keys; at most " + MAX_GROUP_BY_KEYS + " are allowed"));
            }
            List<GroupKey> parsed = new ArrayList<>();
            for (String k : keys) {
                GroupKey key = k == null ? null : GroupKey.fromWireName(k, ignoreKeyCase);
                if (key == null || (key.isTime() && !endpoint.allowsTimeSeries())) {
                    unsupported.add(String.valueOf(k));
                } else if (parsed.contains(key)) {
                    return Result.error(new ApiError(400, "Grouping '" + name + "' lists " + key + " twice"));
                } else {
                    parsed.add(key);
                }
            }
            if (parsed.size() == MAX_GROUP_BY_KEYS) {
                fourKey++;
                if (!FOUR_KEY_ORDERS.contains(parsed)) {
                    return Result.error(new ApiError(400, "Grouping '" + name + "' uses four group_by keys in an "
                            + "order that is not supported; use " + describeOrders()));
                }
            }
            groupings.add(new Grouping(name, parsed));
        }
        if (!unsupported.isEmpty()) {
            return Result.error(new ApiError(400, ApiMessages.unsupportedGroupBys(unsupported)));
        }
        if (fourKey > 1) {
            return Result.error(new ApiError(400, "Only one grouping with four group_by keys is allowed per request"));
        }
        return Result.ok(groupings);
    }

    /**
     * Whether a count of this grouping may be negative (spec 9 #18, #39): only time-series buckets
     * (day or hour keys, off {@code /totals}) can be, such as unfavorites in an hour; a lifetime
     * total never is, so a negative one is a malformed answer.
     */
    public static boolean countMayBeNegative(Endpoint endpoint, Grouping grouping) {
        return endpoint.allowsTimeSeries() && (grouping.has(GroupKey.ENGAGEMENT_DAY) || grouping.has(GroupKey.ENGAGEMENT_HOUR));
    }

    /** Group-by keys an endpoint accepts. */
    public static Set<GroupKey> allowedKeys(Endpoint endpoint) {
        return endpoint.allowsTimeSeries() ? EnumSet.allOf(GroupKey.class)
                : EnumSet.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE);
    }

    public static String describeOrders() {
        return FOUR_KEY_ORDERS.stream()
                .map(o -> o.stream().map(GroupKey::wireName).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" or "));
    }

    /** The default grouping: counts per Tweet per metric. */
    public static Map<String, List<String>> defaultGroupings() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("by_tweet", List.of(GroupKey.TWEET_ID.wireName(), GroupKey.ENGAGEMENT_TYPE.wireName()));
        return m;
    }

    private static String names(Set<Metric> metrics) {
        return metrics.stream().map(Metric::wireName).collect(Collectors.joining(", "));
    }
}
