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

    private final Reporter reporter;
    private final Clock clock;
    private final boolean bar;
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
        this.reporter = reporter;
        this.clock = ctx.clock();
        this.bar = ctx.stderrIsTerminal() && !reporter.isQuiet() && !reporter.isVerbose();
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
        int width = 24;
        int filled = totalBatches == 0 ? width : (int) (width * batches / totalBatches);
        Duration elapsed = Duration.between(started, now);
        double minutes = Math.max(elapsed.toMillis(), 1) / 60000.0;
        String eta = batches == 0 ? "--:--" : clockText(elapsed.multipliedBy(totalBatches - batches).dividedBy(batches));
        String wait = waitingUntil != null && waitingUntil.isAfter(now)
                ? "  waiting " + clockText(Duration.between(now, waitingUntil)) : "";
        reporter.stream().print(String.format(Locale.ROOT, "\r[%s%s] %d/%d batches  %,d/%,d IDs  %.0f req/min  ETA %s  retries %d%s\u001b[K",
                "#".repeat(filled), " ".repeat(width - filled), batches, totalBatches, ids, totalIds, requests / minutes,
                eta, retries, wait));
        reporter.stream().flush();
        drawn = true;
    }

    private void clearBar() {
        if (drawn) {
            reporter.stream().print("\r\u001b[K");
            reporter.stream().flush();
            drawn = false;
        }
    }

    private static String clockText(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public void close() {
        clearBar();
    }
}
