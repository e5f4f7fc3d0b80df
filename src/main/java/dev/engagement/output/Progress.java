package dev.engagement.output;

import dev.engagement.Reporter;
import dev.engagement.RunContext;
import dev.engagement.api.TimeRules;
import dev.engagement.http.FetchEvents;
import dev.engagement.http.RateLimitHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * What the user sees while a run goes on, on stderr: with {@code --verbose} one line per request;
 * every wait and retry in words; and, only when stderr is a terminal and not quiet, a progress bar
 * redrawn in place and erased at the end.
 */
public final class Progress implements FetchEvents, AutoCloseable {
    private static final Duration REDRAW = Duration.ofMillis(200);
    static final String ERASE_TO_END = "\u001b[K";

    /** Used when COLUMNS is not set: it is rarely exported, and a line wider than the terminal wraps and cannot be redrawn. */
    private static final int DEFAULT_WIDTH = 80;

    private final Reporter reporter;
    private final Clock clock;
    private final boolean bar;
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

    public Progress(Reporter reporter, RunContext ctx, long totalBatches, long totalIds) {
        this(reporter, ctx.clock(), ctx.stderrIsTerminal(), ctx.env("COLUMNS") == null ? DEFAULT_WIDTH
                : ctx.terminalWidth(), totalBatches, totalIds);
    }

    /** {@code stderrIsTerminal}: whether a bar may be drawn at all; {@code width}: the terminal's. */
    Progress(Reporter reporter, Clock clock, boolean stderrIsTerminal, int width, long totalBatches, long totalIds) {
        this.reporter = reporter;
        this.clock = clock;
        this.bar = stderrIsTerminal && !reporter.isQuiet() && !reporter.isVerbose();
        this.width = width;
        this.totalBatches = totalBatches;
        this.totalIds = totalIds;
        this.started = clock.instant();
    }

    @Override
    public void onResponse(String endpoint, int tweetIds, int status, Duration elapsed, RateLimitHeaders limits) {
        requests++;
        waitingUntil = null;
        reporter.verbose(String.format(Locale.ROOT, "POST /%s  %d IDs  -> %d  %d ms%s", endpoint, tweetIds, status,
                elapsed.toMillis(), limits.remaining() == null ? ""
                        : "  rate budget " + limits.remaining() + "/" + (limits.limit() == null ? "?" : limits.limit())
                                + " left this minute"));
        draw(false);
    }

    @Override
    public void onRetry(String reason, int retry, int maxRetries, Duration delay) {
        retries++;
        clearBar();
        reporter.warn(capitalize(reason) + "; retry " + retry + " of " + maxRetries + " in "
                + String.format(Locale.ROOT, "%.1f s.", delay.toMillis() / 1000.0));
        draw(true);
    }

    @Override
    public void onWait(String reason, Instant until, Duration clockSkew) {
        clearBar();
        Duration left = Duration.between(clock.instant(), until);
        String skew = clockSkew.isZero() ? "" : " This machine's clock is " + Math.abs(clockSkew.toSeconds()) + " s "
                + (clockSkew.isNegative() ? "behind" : "ahead of") + " the server's.";
        reporter.warn("Waiting " + Math.max(1, (left.toMillis() + 999) / 1000) + " s until "
                + TimeRules.formatWire(until.plusMillis(999).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                + ": " + reason + "." + skew);
        waitingUntil = until;
        draw(true);
    }

    /** Redraws during a long wait, so its countdown moves. */
    public void tick() {
        draw(false);
    }

    public void batchDone(int idsInBatch) {
        batches++;
        ids += idsInBatch;
        draw(false);
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
        Duration waiting = waitingUntil != null && waitingUntil.isAfter(now) ? Duration.between(now, waitingUntil) : null;
        String line = ProgressLine.render(new ProgressLine.State(batches, totalBatches, ids, totalIds, requests, retries,
                Duration.between(started, now), waiting), width);
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
