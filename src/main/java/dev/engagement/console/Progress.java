package dev.engagement.console;

import dev.engagement.api.TimeRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the user sees while a run goes on, on stderr: with {@code --verbose} one line per request;
 * every wait and retry in words; and a progress bar redrawn in place and erased at the end, or, for
 * logs, a plain line at every tenth of the run and at least once a minute ({@link ProgressMode}).
 */
public final class Progress implements AutoCloseable {
    private static final Duration REDRAW = Duration.ofMillis(200);
    /** Plain progress lines come at least this often. */
    static final Duration PLAIN_EVERY = Duration.ofMinutes(1);
    static final String ERASE_TO_END = "\u001b[K";

    private final Reporter reporter;
    private final Clock clock;
    private final boolean bar;
    private final boolean plain;
    private Instant lastPlain;
    private long lastTenth;
    private long waits;
    private final int width;
    private final long totalBatches;
    private final long totalIds;
    private final Instant started;
    private long batches;
    private long ids;
    private long requests;
    private long retries;
    private Instant waitingUntil;
    private Instant lastDraw = Instant.MIN;
    private boolean drawn;

    /** How much a run has to do. */
    public record Totals(long batches, long ids) {
    }

    /**
     * @param mode  as resolved for this run ({@link ProgressMode#resolve}); AUTO is taken as PLAIN
     * @param width the terminal's width, to which every line of the bar is cut
     */
    public Progress(Reporter reporter, Clock clock, ProgressMode mode, int width, Totals totals) {
        this.reporter = reporter;
        this.clock = clock;
        // JSON lines on stderr leave no room for a bar redrawn in place: progress comes as events.
        this.bar = mode == ProgressMode.BAR && !reporter.isJson();
        this.plain = mode == ProgressMode.PLAIN || mode == ProgressMode.AUTO
                || mode == ProgressMode.BAR && reporter.isJson();
        this.width = width;
        this.totalBatches = totals.batches();
        this.totalIds = totals.ids();
        this.started = clock.instant();
        this.lastPlain = started;
    }

    /**
     * One answer. {@code budgetLeft} and {@code budget}: what the rate headers said of this minute's
     * budget, or null.
     */
    public record Answer(String endpoint, int tweetIds, int status, Duration elapsed, Long budgetLeft, Long budget) {
    }

    public void answered(Answer a) {
        requests++;
        waitingUntil = null;
        if (reporter.shows(LogEvent.Level.DETAIL)) {
            reporter.event(request(a));
        }
        draw(false);
    }

    private static LogEvent request(Answer a) {
        return new LogEvent("request", LogEvent.Level.DETAIL, String.format(Locale.ROOT,
                "POST /%s  %d IDs  -> %d  %d ms%s", a.endpoint(), a.tweetIds(),
                a.status(), a.elapsed().toMillis(), a.budgetLeft() == null ? ""
                        : "  rate budget " + a.budgetLeft() + "/" + (a.budget() == null ? "?" : a.budget())
                                + " left this minute"), java.util.Map.of())
                .with("endpoint", a.endpoint()).with("tweet_ids", a.tweetIds()).with("status", a.status())
                .with("elapsed_seconds", a.elapsed()).with("rate_budget_left", a.budgetLeft())
                .with("rate_budget", a.budget());
    }

    public void retrying(String reason, int retry, int maxRetries, Duration delay) {
        retries++;
        clearBar();
        reporter.event(LogEvent.of("retry", LogEvent.Level.WARNING, capitalize(reason) + "; retry " + retry + " of "
                + maxRetries + " in " + String.format(Locale.ROOT, "%.1f s.", delay.toMillis() / 1000.0))
                .with("reason", reason).with("retry", retry).with("max_retries", maxRetries)
                .with("delay_seconds", delay));
        draw(true);
    }

    public void waiting(String reason, Instant until, Duration clockSkew) {
        clearBar();
        Duration left = Duration.between(clock.instant(), until);
        String skew = clockSkew.isZero() ? "" : " This machine's clock is " + Math.abs(clockSkew.toSeconds()) + " s "
                + (clockSkew.isNegative() ? "behind" : "ahead of") + " the server's.";
        reporter.event(LogEvent.of("wait", LogEvent.Level.WARNING, "Waiting "
                + Math.max(1, (left.toMillis() + 999) / 1000) + " s until "
                + TimeRules.formatWire(until.plusMillis(999).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                + ": " + reason + "." + skew)
                .with("reason", reason).with("until", until).with("seconds", left.isNegative() ? Duration.ZERO : left)
                .with("clock_skew_seconds", clockSkew));
        waitingUntil = until;
        waits++;
        draw(true);
    }

    /** Takes the bar off the screen until the next redraw, so a message can be printed on a line of its own. */
    public void pause() {
        clearBar();
    }

    /** Redraws during a long wait, so its countdown moves. */
    public void tick() {
        draw(false);
    }

    public void batchDone(int idsInBatch) {
        batches++;
        ids += idsInBatch;
        if (reporter.showsFieldsOnly(LogEvent.Level.INFO)) {
            reporter.event(new LogEvent("batch_done", LogEvent.Level.INFO, null, java.util.Map.of())
                    .with("batch", batches).with("batches", totalBatches).with("ids", ids).with("total_ids", totalIds)
                    .with("ids_in_batch", idsInBatch));
        }
        draw(false);
        printPlain();
    }

    /** A plain line when the run crossed a tenth, or a minute passed since the last one. */
    private void printPlain() {
        if (!plain || totalBatches == 0) {
            return;
        }
        Instant now = clock.instant();
        long tenth = batches * 10 / totalBatches;
        if (tenth == lastTenth && Duration.between(lastPlain, now).compareTo(PLAIN_EVERY) < 0) {
            return;
        }
        lastTenth = tenth;
        lastPlain = now;
        reporter.event(LogEvent.of("progress", LogEvent.Level.INFO, ProgressLine.plain(state(now), waits))
                .with("batches_done", batches).with("batches", totalBatches).with("ids_done", ids)
                .with("ids", totalIds).with("requests", requests).with("retries", retries).with("waits", waits));
    }

    private ProgressLine.State state(Instant now) {
        Duration waiting = waitingUntil != null && waitingUntil.isAfter(now) ? Duration.between(now, waitingUntil) : null;
        return new ProgressLine.State(batches, totalBatches, ids, totalIds, requests, retries,
                Duration.between(started, now), waiting);
    }

    private void draw(boolean force) {
        if (!bar) {
            return;
        }
        Instant now = clock.instant();
        if (!force && Duration.between(lastDraw, now).compareTo(REDRAW) < 0 && batches < totalBatches) {
            return;
        }
        lastDraw = now;
        String line = ProgressLine.render(state(now), width);
        reporter.stream().print("\r" + line + ERASE_TO_END);
        reporter.stream().flush();
        drawn = true;
    }

    private void clearBar() {
        if (drawn) {
            reporter.stream().print("\r" + ERASE_TO_END);
            reporter.stream().flush();
            drawn = false;
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void close() {
        clearBar();
    }
}
