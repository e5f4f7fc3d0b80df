package dev.engagement.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a refusal says (spec 5): Tweets the token may not read or that are gone, or a refusal of
 * the credentials, or of the request itself.
 *
 * @param forbidden   requested Tweets the token's user does not own (403, spec 5.3)
 * @param unavailable requested Tweets that are protected or gone (400, spec 5.4)
 * @param said        what the API said, for messages
 */
public record Refusal(Kind kind, int status, List<String> forbidden, List<String> unavailable, String said) {
    public enum Kind {
        /** Particular Tweets: take them out and send the rest again. */
        TWEETS,
        /** 401, or 403 not about particular Tweets: the credentials may not do this. */
        CREDENTIALS,
        /** Anything else: the request itself cannot succeed as sent. */
        REQUEST
    }

    public Refusal {
        forbidden = List.copyOf(forbidden);
        unavailable = List.copyOf(unavailable);
    }

    /**
     * Reads a refusal of a request for {@code requested}. Only requested IDs count, so a wrong
     * answer can never add or remove other Tweets. {@code body} may be null (not JSON); {@code raw}
     * is the body as text.
     */
    public static Refusal read(int status, EngagementResponse body, String raw, List<String> requested) {
        String said = body != null && !body.errors.isEmpty() ? String.join("; ", body.errors) : abbreviate(raw);
        Set<String> asked = new LinkedHashSet<>(requested);
        if (status == 403 && body != null) {
            List<String> forbidden = new ArrayList<>();
            for (String message : body.errors) {
                for (String id : ApiMessages.parseForbiddenTweetIds(message)) {
                    if (asked.contains(id) && !forbidden.contains(id)) {
                        forbidden.add(id);
                    }
                }
            }
            if (!forbidden.isEmpty()) {
                return new Refusal(Kind.TWEETS, status, forbidden, List.of(), said);
            }
        }
        if (status == 400 && body != null && !body.unavailableTweetIds.isEmpty()) {
            List<String> unavailable = new ArrayList<>();
            for (String id : body.unavailableTweetIds) {
                if (asked.contains(id) && !unavailable.contains(id)) {
                    unavailable.add(id);
                }
            }
            if (!unavailable.isEmpty()) {
                return new Refusal(Kind.TWEETS, status, List.of(), unavailable, said);
            }
        }
        Kind kind = status == 401 || status == 403 ? Kind.CREDENTIALS : Kind.REQUEST;
        return new Refusal(kind, status, List.of(), List.of(), said);
    }

    private static String abbreviate(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            return "(no message)";
        }
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }
}
