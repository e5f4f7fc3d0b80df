package dev.engagement.sandbox;

import dev.engagement.api.ApiMessages;
import dev.engagement.api.AuthKind;
import dev.engagement.api.EngagementResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which requested Tweets may be answered: one existing Tweet of another author rejects a
 * user-context request (403, spec 5.3); one protected Tweet rejects any request, even the owner's
 * (400, spec 5.4); deleted Tweets and Tweets not created yet are unavailable, and a request left
 * with no Tweet is 400.
 */
final class TweetAccess {

    /** The Tweets to answer for and those to report as unavailable, or the response refusing the request. */
    record Verdict(List<String> available, List<String> unavailable, int status, EngagementResponse refusal) {
        static Verdict refuse(int status, EngagementResponse refusal) {
            return new Verdict(List.of(), List.of(), status, refusal);
        }

        boolean refused() {
            return refusal != null;
        }
    }

    private final SandboxData data;
    private final boolean legacyForbiddenWording;

    TweetAccess(SandboxData data, boolean legacyForbiddenWording) {
        this.data = data;
        this.legacyForbiddenWording = legacyForbiddenWording;
    }

    Verdict check(List<String> ids, EngagementService.Caller caller, Instant now) {
        if (caller.kind() == AuthKind.USER) {
            List<String> forbidden = forbiddenMessages(ids, caller.userId(), now);
            if (!forbidden.isEmpty()) {
                EngagementResponse res = new EngagementResponse();
                res.errors.addAll(forbidden);
                return Verdict.refuse(403, res);
            }
        }
        List<String> protectedIds = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        List<String> available = new ArrayList<>();
        for (String id : ids) {
            long n = Long.parseLong(id);
            if (isGone(n, now)) {
                unavailable.add(id);
            } else if (data.isProtected(n)) {
                protectedIds.add(id);
            } else {
                available.add(id);
            }
        }
        if (!protectedIds.isEmpty()) {
            return Verdict.refuse(400, unavailableError(ApiMessages.PROTECTED_UNAVAILABLE, protectedIds));
        }
        if (available.isEmpty()) {
            return Verdict.refuse(400, unavailableError(ApiMessages.unavailable(unavailable.size()), unavailable));
        }
        return new Verdict(available, unavailable, 200, null);
    }

    /** One message per other author of an existing Tweet, in order of appearance; none if all are the caller's. */
    private List<String> forbiddenMessages(List<String> ids, long userId, Instant now) {
        Map<Long, List<String>> foreign = new LinkedHashMap<>();
        for (String id : ids) {
            long n = Long.parseLong(id);
            if (isGone(n, now)) {
                continue;
            }
            long author = data.authorOf(n);
            if (author != userId) {
                foreign.computeIfAbsent(author, a -> new ArrayList<>()).add(id);
            }
        }
        List<String> messages = new ArrayList<>();
        foreign.forEach((author, list) -> messages.add(legacyForbiddenWording
                ? ApiMessages.forbiddenTweetsLegacy(author, list) : ApiMessages.forbiddenTweets(list)));
        return messages;
    }

    private boolean isGone(long id, Instant now) {
        return data.isDeleted(id) || !data.existsAt(id, now);
    }

    private static EngagementResponse unavailableError(String message, List<String> ids) {
        EngagementResponse res = new EngagementResponse();
        res.errors.add(message);
        res.unavailableTweetIds.addAll(ids);
        return res;
    }
}
