package dev.engagement.sandbox;

import dev.engagement.api.Metric;
import dev.engagement.api.Snowflake;
import dev.engagement.api.TimeRules;
import dev.engagement.api.TimeWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The sandbox's world: who wrote each Tweet, which Tweets are deleted or protected, and how many
 * engagements of each type every Tweet got in every hour. Everything is a pure function of the
 * seed and the Tweet ID (SplitMix64, no shared random state), so tests can compute the expected
 * counts without HTTP and every endpoint agrees with every other.
 *
 * <h2>Model</h2>
 * For a Tweet created at {@code c = Snowflake.createdAt(id)}, hour bucket {@code a} (0 = the hour
 * holding {@code c}) of metric {@code m} holds {@code burst(a) + trickle(a)}:
 * <ul>
 * <li>{@code burst(a) = floor(B_m * exp(-a / tau) * (0.5 + n) + u)} for {@code a < BURST_HOURS},
 *     else 0, where {@code n, u} are uniform in [0, 1) from {@code mix(hash(seed, m, id) + a * golden)},
 *     {@code tau} is one of 3, 6, 12, 24 hours per Tweet, and
 *     {@code B_m = popularity * ratio_m * spread_m} (popularity 5..5000 impressions per hour,
 *     log-uniform; ratio per metric, e.g. favorites 1 %, engagements 3 % of impressions; spread
 *     0.5..2 per Tweet and metric). Video views exist only for Tweets with a video, media metrics
 *     only for Tweets with media, app metrics only for Tweets with an app card.</li>
 * <li>{@code trickle(a) = T(a + 1) - T(a)} with {@code T(x) = floor(rho_m * x + phi_m)}: a
 *     Beatty sequence at rate {@code rho_m = max(B_m / 250, floor_m)} (impressions at least
 *     0.05 per hour), so activity never stops and its sum over any span is closed form.</li>
 * </ul>
 * The hour that holds "now" is only partly visible: with {@code f} the elapsed fraction of it
 * (counted from creation in the creation hour), it shows {@code floor(burst(a) * f) + T(a + f) - T(a)}.
 * Hours after now and before creation are 0. The lifetime total is exactly the sum of all visible
 * hours: {@code sum(burst) over at most BURST_HOURS + T(aNow + f)}, O(BURST_HOURS) at worst, so it is
 * at least any window's sum. In time series (but not in lifetime totals) favorites, replies and
 * retweets read 0 before {@link TimeRules#SOCIAL_METRICS_START}. The legacy {@code media_clicks}
 * reads the {@code media_engagements} values. Age rules (90 days, 1800 days) belong to the
 * endpoints, not to this data.
 */
public final class SandboxData {
    /** The user the sandbox access token belongs to: owns about 90 % of all Tweets. */
    public static final long SANDBOX_USER_ID = 1_000_000_001L;
    /** The user of the second ("other") access token: owns about 5 % of all Tweets. */
    public static final long OTHER_USER_ID = 1_000_000_002L;
    /** Authors without a sandbox token; together they own the remaining 5 %. */
    public static final List<Long> THIRD_PARTY_AUTHORS = List.of(2_000_000_001L, 2_000_000_002L, 2_000_000_003L);
    /** The most users a sandbox serves ({@code --users}). */
    public static final int MAX_USERS = 1000;
    /** Hours after creation during which the decaying burst is non-zero. */
    public static final int BURST_HOURS = 168;

    static final double[] TAU_HOURS = {3, 6, 12, 24};
    private static final double[][] DECAY = new double[TAU_HOURS.length][BURST_HOURS];
    private static final long HOUR_MS = 3_600_000L;

    private static final long SALT_AUTHOR = 0xA1;
    private static final long SALT_DELETED = 0xA2;
    private static final long SALT_PROTECTED = 0xA3;
    private static final long SALT_VIDEO = 0xA4;
    private static final long SALT_MEDIA = 0xA5;
    private static final long SALT_APP = 0xA6;
    private static final long SALT_POPULARITY = 0xA7;
    private static final long SALT_TAU = 0xA8;
    private static final long SALT_METRIC = 0xB0;
    private static final long SALT_HOUR = 0xC0;

    static {
        for (int p = 0; p < TAU_HOURS.length; p++) {
            for (int a = 0; a < BURST_HOURS; a++) {
                DECAY[p][a] = Math.exp(-a / TAU_HOURS[p]);
            }
        }
    }

    private final long seed;
    private final Clock clock;
    private final int users;

    public SandboxData(long seed, Clock clock) {
        this(seed, clock, 1);
    }

    /** With {@code users} above 1, every Tweet belongs to one of the users {@link #userId(int) 1..users}. */
    public SandboxData(long seed, Clock clock, int users) {
        this.seed = seed;
        this.clock = clock;
        this.users = users;
    }

    /** How many users hold a token of their own. */
    public int users() {
        return users;
    }

    /** The user ID of sandbox user {@code n} (from 1): user 1 is {@link #SANDBOX_USER_ID}, user 2 {@link #OTHER_USER_ID}. */
    public static long userId(int n) {
        return SANDBOX_USER_ID + n - 1;
    }

    public long seed() {
        return seed;
    }

    // ---------------------------------------------------------------- Tweets

    public Instant createdAt(long tweetId) {
        return Snowflake.createdAt(tweetId);
    }

    /** Whether the Tweet exists at {@code now}: its ID's timestamp is not in the future. */
    public boolean existsAt(long tweetId, Instant now) {
        return !createdAt(tweetId).isAfter(now);
    }

    /**
     * The Tweet's author. With one user: {@link #SANDBOX_USER_ID} for about 90 % of IDs, {@link #OTHER_USER_ID}
     * for 5 %, third parties for the rest. With {@code n} users: user {@code 1 + hash(id) mod n}, so each owns a
     * share of 1/n and no Tweet belongs to a third party.
     */
    public long authorOf(long tweetId) {
        if (users > 1) {
            return userId(1 + (int) Long.remainderUnsigned(Mix.hash(seed, SALT_AUTHOR, tweetId), users));
        }
        long r = Long.remainderUnsigned(Mix.hash(seed, SALT_AUTHOR, tweetId), 1000);
        if (r < 900) {
            return SANDBOX_USER_ID;
        }
        if (r < 950) {
            return OTHER_USER_ID;
        }
        return THIRD_PARTY_AUTHORS.get((int) (r % THIRD_PARTY_AUTHORS.size()));
    }

    /** About 3 % of Tweets are deleted: reported in {@code unavailable_tweet_ids}. */
    public boolean isDeleted(long tweetId) {
        return Long.remainderUnsigned(Mix.hash(seed, SALT_DELETED, tweetId), 1000) < 30;
    }

    /** About 1 % of Tweets are protected (never a deleted one): 400 {@code Tweet ID(s) are unavailable}. */
    public boolean isProtected(long tweetId) {
        return !isDeleted(tweetId) && Long.remainderUnsigned(Mix.hash(seed, SALT_PROTECTED, tweetId), 1000) < 10;
    }

    /** About 30 % of Tweets carry a video; only they have video views. */
    public boolean hasVideo(long tweetId) {
        return Long.remainderUnsigned(Mix.hash(seed, SALT_VIDEO, tweetId), 100) < 30;
    }

    /** Tweets with a video, and about 35 % of the others, carry media (media views and media engagements). */
    public boolean hasMedia(long tweetId) {
        return hasVideo(tweetId) || Long.remainderUnsigned(Mix.hash(seed, SALT_MEDIA, tweetId), 100) < 35;
    }

    /** About 5 % of Tweets carry an app card (app install attempts, app opens). */
    public boolean hasAppCard(long tweetId) {
        return Long.remainderUnsigned(Mix.hash(seed, SALT_APP, tweetId), 100) < 5;
    }

    /** The {@code n}-th possible ID of a Tweet created at {@code t} (0 &lt;= n &lt; 2^22): handy for tests. */
    public static long idAt(Instant t, int n) {
        if (n < 0 || n >= (1 << 22)) {
            throw new IllegalArgumentException("n must be in [0, 2^22)");
        }
        return Snowflake.firstIdAt(t) + n;
    }

    // ---------------------------------------------------------------- counts

    /** The count in the hour starting at {@code hourStart} as of the sandbox clock. */
    public long count(long tweetId, Metric metric, Instant hourStart) {
        return count(tweetId, metric, hourStart, clock.instant());
    }

    /**
     * The count in the hour bucket starting at {@code hourStart} (must be hour-aligned) as of
     * {@code now}: 0 before the creation hour, after now, and for favorites/replies/retweets before
     * 2015-09-15; the hour holding now shows its elapsed part only.
     */
    public long count(long tweetId, Metric metric, Instant hourStart, Instant now) {
        if (!TimeRules.floorHour(hourStart).equals(hourStart)) {
            throw new IllegalArgumentException("not an hour start: " + hourStart);
        }
        Metric m = metric.canonical();
        if (isSocial(m) && hourStart.isBefore(TimeRules.SOCIAL_METRICS_START)) {
            return 0;
        }
        Params p = params(tweetId, m);
        return p.visible(hourIndex(p, hourStart), now);
    }

    /** The sum of {@link #count(long, Metric, Instant, Instant)} over the hours of an hour-aligned window. */
    public long sum(long tweetId, Metric metric, TimeWindow window, Instant now) {
        long total = 0;
        for (Instant h = window.start(); h.isBefore(window.end()); h = h.plusMillis(HOUR_MS)) {
            total += count(tweetId, metric, h, now);
        }
        return total;
    }

    /**
     * The hourly counts of an hour-aligned window, oldest first: element {@code i} equals
     * {@code count(tweetId, metric, window.start() + i hours, now)}, computed in one pass.
     */
    public long[] hourly(long tweetId, Metric metric, TimeWindow window, Instant now) {
        int hours = (int) window.duration().toHours();
        long[] out = new long[hours];
        Metric m = metric.canonical();
        Params p = params(tweetId, m);
        long first = hourIndex(p, window.start());
        long socialStartMs = isSocial(m) ? TimeRules.SOCIAL_METRICS_START.toEpochMilli() : Long.MIN_VALUE;
        long startMs = window.start().toEpochMilli();
        for (int i = 0; i < hours; i++) {
            if (startMs + i * HOUR_MS < socialStartMs) {
                continue;
            }
            out[i] = p.visible(first + i, now);
        }
        return out;
    }

    /** The lifetime total as of the sandbox clock. */
    public long lifetimeTotal(long tweetId, Metric metric) {
        return lifetimeTotal(tweetId, metric, clock.instant());
    }

    /**
     * The lifetime total as of {@code now}: every visible hour since creation, including
     * favorites/replies/retweets before 2015-09-15. At least the sum of any window.
     */
    public long lifetimeTotal(long tweetId, Metric metric, Instant now) {
        Params p = params(tweetId, metric.canonical());
        if (now.isBefore(p.created)) {
            return 0;
        }
        long aNow = Math.floorDiv(now.toEpochMilli() - p.createdHourMs, HOUR_MS);
        long total = 0;
        long fullBurstHours = Math.min(aNow, BURST_HOURS);
        for (int a = 0; a < fullBurstHours; a++) {
            total += p.burst(a);
        }
        double f = p.visibleFraction(aNow, now);
        if (aNow < BURST_HOURS) {
            total += (long) Math.floor(p.burst((int) aNow) * f);
        }
        total += p.trickleT(aNow + f);
        return total;
    }

    // ---------------------------------------------------------------- model

    private static boolean isSocial(Metric m) {
        return m == Metric.FAVORITES || m == Metric.REPLIES || m == Metric.RETWEETS;
    }

    private static long hourIndex(Params p, Instant hourStart) {
        return Math.floorDiv(hourStart.toEpochMilli() - p.createdHourMs, HOUR_MS);
    }

    /** Impressions-relative rate of each metric (index = Metric ordinal). */
    private static double ratio(Metric m) {
        switch (m) {
            case IMPRESSIONS: return 1.0;
            case ENGAGEMENTS: return 0.03;
            case FAVORITES: return 0.01;
            case RETWEETS: return 0.003;
            case QUOTE_TWEETS: return 0.0006;
            case REPLIES: return 0.0015;
            case VIDEO_VIEWS: return 0.25;
            case MEDIA_VIEWS: return 0.35;
            case MEDIA_ENGAGEMENTS: return 0.01;
            case URL_CLICKS: return 0.004;
            case HASHTAG_CLICKS: return 0.0015;
            case DETAIL_EXPANDS: return 0.012;
            case PERMALINK_CLICKS: return 0.002;
            case APP_INSTALL_ATTEMPTS: return 0.001;
            case APP_OPENS: return 0.0015;
            case EMAIL_TWEET: return 0.0002;
            case USER_FOLLOWS: return 0.0006;
            case USER_PROFILE_CLICKS: return 0.0025;
            default: return 0;
        }
    }

    private Params params(long tweetId, Metric m) {
        Params p = new Params();
        p.tweetId = tweetId;
        p.metric = m.ordinal();
        p.created = createdAt(tweetId);
        p.createdHourMs = TimeRules.floorHour(p.created).toEpochMilli();
        boolean present;
        switch (m) {
            case VIDEO_VIEWS: present = hasVideo(tweetId); break;
            case MEDIA_VIEWS:
            case MEDIA_ENGAGEMENTS: present = hasMedia(tweetId); break;
            case APP_INSTALL_ATTEMPTS:
            case APP_OPENS: present = hasAppCard(tweetId); break;
            default: present = true;
        }
        if (!present) {
            return p;
        }
        double popularity = 5 * Math.pow(10, 3 * Mix.unit(Mix.hash(seed, SALT_POPULARITY, tweetId)));
        long hm = Mix.hash(seed, SALT_METRIC + m.ordinal(), tweetId);
        double spread = 0.5 * Math.pow(4, Mix.unit(hm));
        p.burstScale = popularity * ratio(m) * spread;
        p.decay = DECAY[(int) Long.remainderUnsigned(Mix.hash(seed, SALT_TAU, tweetId), TAU_HOURS.length)];
        p.rho = Math.max(p.burstScale / 250, m == Metric.IMPRESSIONS ? 0.05 : 0);
        p.phi = Mix.unit(Mix.mix(hm));
        p.hourBase = Mix.hash(seed, SALT_HOUR + m.ordinal(), tweetId);
        return p;
    }

    /** Per Tweet and metric parameters of the model. */
    private final class Params {
        long tweetId;
        int metric;
        Instant created;
        long createdHourMs;
        double burstScale;
        double[] decay;
        double rho;
        double phi;
        long hourBase;

        long burst(int a) {
            if (burstScale == 0 || a >= BURST_HOURS) {
                return 0;
            }
            long h = Mix.mix(hourBase + a * 0x9E3779B97F4A7C15L);
            double noise = (h >>> 38) * 0x1.0p-26;
            double u = (h & 0x3FFFFFFL) * 0x1.0p-26;
            return (long) Math.floor(burstScale * decay[a] * (0.5 + noise) + u);
        }

        /** Cumulative trickle {@code floor(rho * x + phi)}; {@code T(0) = 0}. */
        long trickleT(double x) {
            return rho == 0 ? 0 : (long) Math.floor(rho * x + phi);
        }

        /** How much of hour {@code a} is visible at {@code now}: 0, 1, or the elapsed fraction. */
        double visibleFraction(long a, Instant now) {
            long startMs = createdHourMs + a * HOUR_MS;
            long endMs = startMs + HOUR_MS;
            long nowMs = now.toEpochMilli();
            if (nowMs >= endMs) {
                return 1.0;
            }
            long lo = Math.max(startMs, created.toEpochMilli());
            if (nowMs <= lo) {
                return 0.0;
            }
            return (double) (nowMs - lo) / (endMs - lo);
        }

        long visible(long a, Instant now) {
            if (a < 0) {
                return 0;
            }
            double f = visibleFraction(a, now);
            if (f <= 0) {
                return 0;
            }
            long b = a < BURST_HOURS ? burst((int) a) : 0;
            if (f >= 1.0) {
                return b + trickleT(a + 1) - trickleT(a);
            }
            return (long) Math.floor(b * f) + trickleT(a + f) - trickleT(a);
        }
    }
}
