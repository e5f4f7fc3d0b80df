package dev.engagement.sandbox;

import dev.engagement.api.ApiError;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.Grouping;
import dev.engagement.api.TimeRules;
import java.time.Instant;
import java.util.List;

/**
 * Answers one authenticated Engagement API request, in order: the body and its rules
 * ({@link RequestValidator}), who may see which Tweets ({@link TweetAccess}), the values
 * ({@link MetricValues}) and the groupings ({@link GroupingAggregator}). Knows nothing about HTTP.
 */
final class EngagementService {

    /** A status and body; {@code tweetIds} are the IDs the body asked for (for the log). */
    record Reply(int status, EngagementResponse body, List<String> tweetIds) {
    }

    /** Who is asking: the kind of auth and, for user context, the user. */
    record Caller(AuthKind kind, long userId) {
    }

    private final boolean addUnavailableError;
    private final RequestValidator validator;
    private final TweetAccess access;
    private final MetricValues values;
    private final GroupingAggregator aggregator;

    EngagementService(SandboxConfig config, SandboxData data) {
        this.addUnavailableError = config.addUnavailableError();
        this.validator = new RequestValidator(config);
        this.access = new TweetAccess(data, config.legacyForbiddenWording());
        this.values = new MetricValues(data);
        this.aggregator = new GroupingAggregator(config.hourLayout());
    }

    Reply handle(Endpoint endpoint, String body, Caller caller, Instant now) {
        RequestValidator.Validation validation = validator.validate(endpoint, body, caller.kind(), now);
        if (!validation.ok()) {
            return error(validation.error(), validation.tweetIds());
        }
        ValidRequest req = validation.request();
        TweetAccess.Verdict verdict = access.check(req.tweetIds(), caller, now);
        if (verdict.refused()) {
            return new Reply(verdict.status(), verdict.refusal(), req.tweetIds());
        }
        EngagementResponse res = new EngagementResponse();
        if (req.window() != null) {
            res.start = TimeRules.formatWire(req.window().start());
            res.end = req.echoedEnd() != null ? req.echoedEnd() : TimeRules.formatWire(req.window().end());
        }
        if (!verdict.unavailable().isEmpty()) {
            res.unavailableTweetIds.addAll(verdict.unavailable());
            if (addUnavailableError) {
                res.errors.add(ApiMessages.unavailable(verdict.unavailable().size()));
            }
        }
        long[][][] counts = values.compute(req, verdict.available(), now, res);
        GroupingAggregator.Input in = GroupingAggregator.Input.of(verdict.available(), req.metrics(), counts,
                req.window());
        for (Grouping g : req.groupings()) {
            res.groupings.put(g.name(), aggregator.aggregate(g, in));
        }
        return new Reply(200, res, req.tweetIds());
    }

    private static Reply error(ApiError e, List<String> ids) {
        EngagementResponse res = new EngagementResponse();
        res.errors.addAll(e.messages());
        return new Reply(e.status(), res, ids);
    }
}
