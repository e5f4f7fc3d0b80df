package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.api.ApiRules;
import dev.engagement.api.Endpoint;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Result;
import dev.engagement.merge.TopTweets;
import dev.engagement.output.ResultKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groupings of a run: those the requests send, those the result shows, and the one the Top
 * Tweets read. With {@code --top} and no grouping that has {@code tweet.id} and
 * {@code engagement.type}, one is added to the requests under a name no other grouping has, and
 * left out of the result: it is told apart by being that very object, never by its name.
 */
record GroupingPlan(List<Grouping> sent, List<Grouping> shown, Grouping topSource) {
    static final String TOP_SOURCE_NAME = "top_tweets_source";

    GroupingPlan {
        sent = List.copyOf(sent);
        shown = List.copyOf(shown);
    }

    /** The groupings asked for (the default when none), checked against the endpoint; {@code top} may be null. */
    static GroupingPlan of(Endpoint endpoint, List<FetchSettings.GroupingRequest> requested, Integer top) {
        List<Grouping> shown = parse(endpoint, requested);
        if (top == null) {
            return new GroupingPlan(shown, shown, null);
        }
        if (top < 1) {
            throw EngagementException.usage("--top needs a positive number of Tweets, got " + top + ".");
        }
        for (Grouping g : shown) {
            if (TopTweets.canFeedFrom(g)) {
                return new GroupingPlan(shown, shown, g);
            }
        }
        if (shown.size() >= ApiRules.MAX_GROUPINGS) {
            throw EngagementException.usage("--top needs a grouping with tweet.id and engagement.type, and the API allows "
                    + "at most " + ApiRules.MAX_GROUPINGS + " groupings: add those keys to one of yours or drop one.");
        }
        Grouping internal = new Grouping(unusedName(shown), List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
        List<Grouping> sent = new ArrayList<>(shown);
        sent.add(internal);
        return new GroupingPlan(sent, shown, internal);
    }

    private static List<Grouping> parse(Endpoint endpoint, List<FetchSettings.GroupingRequest> requested) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            raw.putAll(ApiRules.defaultGroupings());
        }
        for (FetchSettings.GroupingRequest g : requested) {
            if (ResultKeys.RESERVED.contains(g.name())) {
                throw EngagementException.usage("--group-by cannot name a grouping '" + g.name() + "': the result writes "
                        + "a key of that name itself; choose another name (reserved: "
                        + String.join(", ", ResultKeys.RESERVED) + ").");
            }
            if (raw.put(g.name(), g.keys()) != null) {
                throw EngagementException.usage("--group-by names the grouping '" + g.name()
                        + "' twice; give each a different name.");
            }
        }
        Result<List<Grouping>> parsed = ApiRules.parseGroupings(endpoint, raw, false);
        if (!parsed.isOk()) {
            List<String> keys = ApiRules.allowedKeys(endpoint).stream().map(GroupKey::wireName).toList();
            throw EngagementException.usage(parsed.error().firstMessage() + " (group-by keys allowed on /"
                    + endpoint.path() + ": " + String.join(", ", keys) + ")");
        }
        return parsed.value();
    }

    private static String unusedName(List<Grouping> groupings) {
        String name = TOP_SOURCE_NAME;
        for (int n = 2; contains(groupings, name); n++) {
            name = TOP_SOURCE_NAME + "_" + n;
        }
        return name;
    }

    private static boolean contains(List<Grouping> groupings, String name) {
        return groupings.stream().anyMatch(g -> g.name().equals(name));
    }
}
