package dev.engagement.api;

import java.time.Instant;

/** Creation times decoded from Tweet IDs: since November 2010 an ID carries its millisecond timestamp. */
public final class Snowflake {
    /** Milliseconds of the snowflake epoch (2010-11-04T01:42:54.657Z). */
    public static final long EPOCH_MILLIS = 1288834974657L;
    /** Smallest snowflake ID; older Tweets had sequential IDs without a timestamp. */
    public static final long FIRST_SNOWFLAKE_ID = 29_700_859_247L;
    /** Stand-in creation time for pre-snowflake IDs: the first day of Twitter. */
    public static final Instant PRE_SNOWFLAKE = Instant.parse("2006-03-21T00:00:00Z");

    private Snowflake() {
    }

    public static Instant createdAt(long tweetId) {
        if (tweetId < FIRST_SNOWFLAKE_ID) {
            return PRE_SNOWFLAKE;
        }
        return Instant.ofEpochMilli((tweetId >>> 22) + EPOCH_MILLIS);
    }

    /** The smallest ID a Tweet created at this instant can have. */
    public static long firstIdAt(Instant t) {
        return (t.toEpochMilli() - EPOCH_MILLIS) << 22;
    }
}
