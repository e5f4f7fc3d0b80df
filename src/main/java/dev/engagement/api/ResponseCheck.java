package dev.engagement.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a 200 answers the request it came for (spec 4): every grouping present with the shape its
 * {@code group_by} gives (one level per key, counts at the innermost), every requested Tweet that is
 * not listed as unavailable present wherever Tweets are keyed, no Tweet or metric nobody asked for,
 * day keys {@code YYYY-MM-DD}, hour keys {@code 00}-{@code 23}, and no negative lifetime total
 * (spec 9 #39). The hour-of-day layout with a day level above the hours (spec 4.4 E1) is folded into
 * the requested shape here, so nothing downstream sees a tree one level deeper than its grouping.
 */
public final class ResponseCheck {
    private ResponseCheck() {
    }

    /** Why the response does not answer the request, or null when it does. May fold E1 trees in place. */
    public static String problem(EngagementRequest request, EngagementResponse response) {
        Set<String> expected = new HashSet<>(request.tweetIds());
        for (String id : response.unavailableTweetIds) {
            if (!expected.remove(id) && !request.tweetIds().contains(id)) {
                return "lists Tweet " + id + " as unavailable, which the request did not ask for";
            }
        }
        Set<String> metrics = new HashSet<>();
        request.metrics().forEach(m -> metrics.add(m.wireName()));
        for (Grouping g : request.groupings()) {
            CountTree tree = response.groupings.get(g.name());
            if (tree == null) {
                return "has no grouping '" + g.name() + "'";
            }
            if (foldDayLevel(g, tree)) {
                response.compactCounts.remove(g.name()); // the text is of the tree before the fold
            }
            Shape shape = new Shape(g, expected, metrics, request.endpoint());
            String problem = shape.check(tree, 0);
            if (problem != null) {
                return "has a grouping '" + g.name() + "' that " + problem;
            }
        }
        return null;
    }

    /** What one grouping's tree must look like, checked level by level. */
    private record Shape(Grouping grouping, Set<String> tweets, Set<String> metrics, boolean negativeAllowed,
            CountTree[][] lastChecked, int[] nextSlot) {
        /** Levels checked and remembered at each depth: a 28-hour window's hours fall on up to three days. */
        private static final int REMEMBERED = 4;

        Shape(Grouping grouping, Set<String> tweets, Set<String> metrics, Endpoint endpoint) {
            this(grouping, tweets, metrics, ApiRules.countMayBeNegative(endpoint, grouping),
                    new CountTree[grouping.keys().size()][REMEMBERED], new int[grouping.keys().size()]);
        }

        /** A level checked before at this depth that starts with the same key instance as {@code node}, or null. */
        private CountTree checkedLike(int level, CountTree node) {
            if (node.isEmpty()) {
                return null;
            }
            String first = node.keyAt(0);
            for (CountTree t : lastChecked[level]) {
                if (t != null && t.keyAt(0) == first) {
                    return t;
                }
            }
            return null;
        }

        private void remember(int level, CountTree node, CountTree like) {
            if (like == null && !node.isEmpty()) {
                lastChecked[level][nextSlot[level]] = node;
                nextSlot[level] = (nextSlot[level] + 1) % REMEMBERED;
            } else if (like != null && node.size() > like.size()) {
                for (int k = 0; k < REMEMBERED; k++) {
                    if (lastChecked[level][k] == like) {
                        lastChecked[level][k] = node;
                    }
                }
            }
        }

        String check(CountTree node, int level) {
            List<GroupKey> keys = grouping.keys();
            GroupKey key = keys.get(level);
            boolean innermost = level == keys.size() - 1;
            // Sibling levels (the hours of each day, the days of each metric) hold the same key instances in the
            // same order, as the reader shares short keys: a key that a level checked before, starting with the same
            // key, held at the same position is not checked again.
            CountTree checked = checkedLike(level, node);
            int known = checked == null ? 0 : checked.size();
            if (innermost && node.holdsCountsOnly()) {
                return checkCounts(node, level, checked, known);
            }
            for (int i = 0, n = node.size(); i < n; i++) {
                String problem = keyProblemAt(node, i, key, checked, known);
                if (problem != null) {
                    return problem;
                }
                if (innermost != node.isCountAt(i)) {
                    return innermost ? "has a level below " + key + " where counts belong"
                            : "has a count at the " + key + " level, above " + keys.get(level + 1);
                }
                if (innermost) {
                    long count = node.countAt(i);
                    if (count < 0 && !negativeAllowed) {
                        return "has a negative lifetime total (" + count + ")";
                    }
                } else {
                    String below = check(node.childAt(i), level + 1);
                    if (below != null) {
                        return below;
                    }
                }
            }
            remember(level, node, checked);
            return key == GroupKey.TWEET_ID ? missingTweet(node) : null;
        }

        /** {@link #check} of an innermost level of counts alone: most of a response, so its own plain loops. */
        private String checkCounts(CountTree node, int level, CountTree checked, int known) {
            GroupKey key = grouping.keys().get(level);
            for (int i = 0, n = node.size(); i < n; i++) {
                String problem = keyProblemAt(node, i, key, checked, known);
                if (problem != null) {
                    return problem;
                }
            }
            long negative = negativeAllowed ? 0 : node.firstNegativeCount();
            if (negative < 0) {
                return "has a negative lifetime total (" + negative + ")";
            }
            remember(level, node, checked);
            return key == GroupKey.TWEET_ID ? missingTweet(node) : null;
        }

        /** Every key here is a requested Tweet and keys are unique: fewer keys than Tweets means some are missing. */
        private String missingTweet(CountTree node) {
            if (node.size() >= tweets.size()) {
                return null;
            }
            Set<String> missing = new HashSet<>(tweets);
            missing.removeAll(node.keys());
            return "lacks Tweet " + missing.iterator().next() + " (" + missing.size() + " requested Tweet(s) missing)";
        }

        /** The problem of the key at {@code i}, unless the level checked last held the same key there. */
        private String keyProblemAt(CountTree node, int i, GroupKey key, CountTree checked, int known) {
            String value = node.keyAt(i);
            return i < known && checked.keyAt(i) == value ? null : keyProblem(key, value);
        }

        private String keyProblem(GroupKey key, String value) {
            switch (key) {
                case TWEET_ID:
                    return tweets.contains(value) ? null : "holds Tweet " + value + ", which the request did not ask for"
                            + " (or the API called unavailable)";
                case ENGAGEMENT_TYPE:
                    return metrics.contains(value) ? null : "holds the metric '" + value + "', which was not asked for";
                case ENGAGEMENT_DAY:
                    return GroupKey.isDayKey(value) ? null : "holds '" + value + "' where a day belongs";
                default:
                    return GroupKey.isHourKey(value) ? null : "holds '" + value + "' where an hour belongs";
            }
        }
    }

    /**
     * The E1 layout of {@code engagement.hour} without {@code engagement.day}: a day level above the
     * hours. Summing over those days gives the hour-of-day counts the grouping asks for (spec 4.4).
     */
    private static boolean foldDayLevel(Grouping g, CountTree tree) {
        if (!g.has(GroupKey.ENGAGEMENT_HOUR) || g.has(GroupKey.ENGAGEMENT_DAY)) {
            return false;
        }
        fold(tree, g.keys().indexOf(GroupKey.ENGAGEMENT_HOUR), 0);
        return true;
    }

    private static void fold(CountTree node, int hourLevel, int level) {
        if (level < hourLevel) {
            for (int i = 0, n = node.size(); i < n; i++) {
                if (!node.isCountAt(i)) {
                    fold(node.childAt(i), hourLevel, level + 1);
                }
            }
            return;
        }
        if (node.isEmpty() || !node.keys().stream().allMatch(GroupKey::isDayKey)) {
            return;
        }
        for (int i = 0, n = node.size(); i < n; i++) {
            if (node.isCountAt(i)) {
                return;
            }
        }
        CountTree hours = new CountTree();
        for (int i = 0, n = node.size(); i < n; i++) {
            hours.addAll(node.childAt(i));
        }
        node.replaceWith(hours);
    }
}
