package dev.engagement.sandbox;

import dev.engagement.api.ApiError;
import dev.engagement.api.ApiRules;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.RequestJson;
import dev.engagement.api.Result;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Parses an API body and applies the API's rules to it (spec 2-4): JSON, engagement types for the
 * endpoint, groupings, the number of IDs, the time window (all 400), and then which engagement
 * types the kind of auth may read (403). Knows nothing about who owns which Tweet.
 */
final class RequestValidator {

    /**
     * The outcome: the IDs the body asked for (for the log; none when it does not parse) and
     * either the valid request or the error to answer with.
     */
    record Validation(List<String> tweetIds, ValidRequest request, ApiError error) {
        static Validation refused(ApiError error, List<String> tweetIds) {
            return new Validation(tweetIds, null, error);
        }

        boolean ok() {
            return error == null;
        }
    }

    private final boolean acceptMediaClicks;
    private final boolean ignoreGroupKeyCase;

    RequestValidator(SandboxConfig config) {
        this.acceptMediaClicks = config.acceptMediaClicks();
        this.ignoreGroupKeyCase = !config.strictGroupKeyCase();
    }

    Validation validate(Endpoint endpoint, String body, AuthKind auth, Instant now) {
        Result<RequestJson.RawRequest> parsed = RequestJson.parse(body);
        if (!parsed.isOk()) {
            return Validation.refused(parsed.error(), List.of());
        }
        RequestJson.RawRequest raw = parsed.value();
        List<String> ids = raw.tweetIds();
        // Which metrics these credentials may read is a 403, answered only once the body is valid (spec 9 #37).
        Result<List<Metric>> metrics = ApiRules.parseMetrics(endpoint, raw.engagementTypes(), AuthKind.USER,
                acceptMediaClicks);
        if (!metrics.isOk()) {
            return Validation.refused(metrics.error(), ids);
        }
        Result<List<Grouping>> groupings = ApiRules.parseGroupings(endpoint, raw.groupings(), ignoreGroupKeyCase);
        if (!groupings.isOk()) {
            return Validation.refused(groupings.error(), ids);
        }
        Optional<ApiError> count = ApiRules.checkIdCount(endpoint, ids.size());
        if (count.isPresent()) {
            return Validation.refused(count.get(), ids);
        }
        Result<TimeWindow> window = window(endpoint, raw, now);
        if (!window.isOk()) {
            return Validation.refused(window.error(), ids);
        }
        Optional<ApiError> forbidden = ApiRules.checkMetricAuth(endpoint, metrics.value(), auth);
        if (forbidden.isPresent()) {
            return Validation.refused(forbidden.get(), ids);
        }
        String echoedEnd = endpoint == Endpoint.HISTORICAL && raw.start() == null && raw.end() == null
                ? TimeRules.formatWire(now) : null;
        return new Validation(ids, new ValidRequest(endpoint, ids, metrics.value(), groupings.value(), window.value(),
                echoedEnd), null);
    }

    /** The endpoint's window (spec 1.1, 2.2, 4.6): none for {@code /totals}. */
    private static Result<TimeWindow> window(Endpoint endpoint, RequestJson.RawRequest raw, Instant now) {
        if (endpoint == Endpoint.HOURS_28) {
            return Result.ok(TimeRules.window28hr(now));
        }
        if (endpoint != Endpoint.HISTORICAL) {
            return Result.ok(null);
        }
        Instant start = null;
        Instant end = null;
        if (raw.start() != null && (start = TimeRules.parseWire(raw.start())) == null) {
            return Result.error(badTime("start", raw.start()));
        }
        if (raw.end() != null && (end = TimeRules.parseWire(raw.end())) == null) {
            return Result.error(badTime("end", raw.end()));
        }
        TimeWindow window = TimeRules.resolveHistorical(start, end, now);
        Optional<ApiError> bad = TimeRules.checkHistoricalWindow(window, now);
        return bad.isPresent() ? Result.error(bad.get()) : Result.ok(window);
    }

    private static ApiError badTime(String field, String value) {
        String shown = value.length() > 40 ? value.substring(0, 37) + "..." : value;
        return new ApiError(400, "Invalid " + field + " '" + shown + "': use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC)");
    }
}
