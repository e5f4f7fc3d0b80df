package dev.engagement.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The innermost levels of counts, where most of a response is: each problem found wherever it falls. */
class ResponseCheckTest {
    private static final Grouping HOURLY = new Grouping("h",
            List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE, GroupKey.ENGAGEMENT_DAY, GroupKey.ENGAGEMENT_HOUR));
    private static final Grouping PER_TWEET = new Grouping("g", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
    private static final Grouping TWEETS_INNERMOST = new Grouping("t",
            List.of(GroupKey.ENGAGEMENT_TYPE, GroupKey.TWEET_ID));

    @Test
    void hoursLikeTheirSiblingsPassAndAnHourUnlikeThemIsFoundWhereverItIs() {
        EngagementRequest request = request(Endpoint.HOURS_28, HOURLY, Metric.FAVORITES, Metric.RETWEETS);
        assertNull(ResponseCheck.problem(request, parse(hourly(-1, "24"))));
        for (int at = 0; at < 24; at++) {
            String problem = ResponseCheck.problem(request, parse(hourly(at, "24")));
            assertTrue(problem.contains("holds '24' where an hour belongs"), at + ": " + problem);
        }
        // An unfavorite in an hour's bucket is a count the API may give.
        assertNull(ResponseCheck.problem(request, parse(hourly(30, "05").replace("\"3\"", "\"-3\""))));
    }

    @Test
    void daysWhoseHoursStartApartAreEachCheckedWhereverTheOddHourIs() {
        // A 28-hour window: the first day from 20:00, a whole day, the last day to 03:00.
        int[][] days = {{20, 24}, {0, 24}, {0, 4}};
        EngagementRequest request = request(Endpoint.HOURS_28, HOURLY, Metric.FAVORITES, Metric.RETWEETS);
        assertNull(ResponseCheck.problem(request, parse(window(days, -1, -1, "x"))));
        for (int day = 0; day < days.length; day++) {
            for (int at = 0; at < days[day][1] - days[day][0]; at++) {
                for (String odd : new String[] {"24", "7", "2026-12-04"}) {
                    String problem = ResponseCheck.problem(request, parse(window(days, day, at, odd)));
                    assertTrue(problem != null && problem.contains("holds '" + odd + "' where an hour belongs"),
                            day + "/" + at + ": " + problem);
                }
            }
        }
    }

    /** Two Tweets, two metrics, the hours of {@code days}; in the last Tweet's last metric, hour {@code at} of {@code oddDay} is {@code odd}. */
    private static String window(int[][] days, int oddDay, int at, String odd) {
        StringBuilder b = new StringBuilder("{\"h\":{");
        for (String tweet : new String[] {"20", "21"}) {
            b.append(tweet.equals("20") ? "" : ",").append('"').append(tweet).append("\":{");
            for (String metric : new String[] {"favorites", "retweets"}) {
                b.append(metric.equals("favorites") ? "" : ",").append('"').append(metric).append("\":{");
                for (int d = 0; d < days.length; d++) {
                    b.append(d == 0 ? "" : ",").append("\"2026-12-0").append(3 + d).append("\":{");
                    boolean last = tweet.equals("21") && metric.equals("retweets") && d == oddDay;
                    for (int h = days[d][0]; h < days[d][1]; h++) {
                        String hour = last && h - days[d][0] == at ? odd : String.format("%02d", h);
                        b.append(h == days[d][0] ? "" : ",").append('"').append(hour).append("\":\"1\"");
                    }
                    b.append('}');
                }
                b.append('}');
            }
            b.append('}');
        }
        return b.append("}}").toString();
    }

    @Test
    void aLevelBelowTheInnermostIsFound() {
        EngagementRequest request = request(Endpoint.TOTALS, PER_TWEET, Metric.FAVORITES, Metric.RETWEETS);
        String problem = ResponseCheck.problem(request,
                parse("{\"g\":{\"20\":{\"favorites\":\"1\",\"retweets\":{\"x\":\"2\"}}}}"));
        assertTrue(problem.contains("has a level below"), problem);
    }

    @Test
    void theFirstNegativeLifetimeTotalIsNamed() {
        EngagementRequest request = request(Endpoint.TOTALS, PER_TWEET, Metric.FAVORITES, Metric.RETWEETS,
                Metric.REPLIES);
        String problem = ResponseCheck.problem(request,
                parse("{\"g\":{\"20\":{\"favorites\":\"5\",\"retweets\":\"-2\",\"replies\":\"-7\"}}}"));
        assertEquals("has a grouping 'g' that has a negative lifetime total (-2)", problem);
        String metric = ResponseCheck.problem(request, parse("{\"g\":{\"20\":{\"favorites\":\"5\",\"quote_tweets\":\"1\"}}}"));
        assertTrue(metric.contains("holds the metric 'quote_tweets', which was not asked for"), metric);
    }

    @Test
    void aTweetMissingFromAnInnermostLevelIsFound() {
        EngagementRequest request = new EngagementRequest(Endpoint.TOTALS, List.of("20", "21"),
                List.of(Metric.FAVORITES), List.of(TWEETS_INNERMOST), null);
        assertNull(ResponseCheck.problem(request, parse("{\"t\":{\"favorites\":{\"20\":\"1\",\"21\":\"2\"}}}")));
        String problem = ResponseCheck.problem(request, parse("{\"t\":{\"favorites\":{\"20\":\"1\"}}}"));
        assertTrue(problem.contains("lacks Tweet 21"), problem);
    }

    /** Two Tweets, two metrics, two days of 24 hours; the hour at position {@code at} of the last day is {@code odd}. */
    private static String hourly(int at, String odd) {
        StringBuilder b = new StringBuilder("{\"h\":{");
        for (String tweet : new String[] {"20", "21"}) {
            b.append(tweet.equals("20") ? "" : ",").append('"').append(tweet).append("\":{");
            for (String metric : new String[] {"favorites", "retweets"}) {
                b.append(metric.equals("favorites") ? "" : ",").append('"').append(metric).append("\":{");
                for (String day : new String[] {"2026-12-03", "2026-12-04"}) {
                    b.append(day.endsWith("3") ? "" : ",").append('"').append(day).append("\":{");
                    boolean last = tweet.equals("21") && metric.equals("retweets") && day.endsWith("4");
                    for (int h = 0; h < 24; h++) {
                        String hour = last && h == at ? odd : String.format("%02d", h);
                        b.append(h == 0 ? "" : ",").append('"').append(hour).append("\":\"").append(h == 5 ? 3 : 1)
                                .append('"');
                    }
                    b.append('}');
                }
                b.append('}');
            }
            b.append('}');
        }
        return b.append("}}").toString();
    }

    private static EngagementRequest request(Endpoint endpoint, Grouping grouping, Metric... metrics) {
        return new EngagementRequest(endpoint, List.of("20", "21"), List.of(metrics), List.of(grouping), null);
    }

    private static EngagementResponse parse(String body) {
        return ResponseJson.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
