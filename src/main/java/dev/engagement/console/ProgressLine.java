package dev.engagement.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of the progress bar, fitted to a terminal width: {@code [####    ] 3/10 batches
 * 75/250 IDs  42 req/min  ETA 0:12  0 retries  waiting 0:05}. When the width is short, the least
 * useful parts go first (rate, retries, IDs, ETA, then the bar), so the line never wraps, which
 * would break redrawing it in place.
 */
final class ProgressLine {
    /** Cells inside the brackets. */
    static final int MAX_BAR = 24;
    private static final int MIN_BAR = 8;
    private static final String GAP = "  ";

    /** Where a run stands. {@code waiting}: how long until a rate-limit wait ends, or null. */
    record State(long batches, long totalBatches, long ids, long totalIds, long requests, long retries,
            Duration elapsed, Duration waiting) {
    }

    private record Part(String text, int dropOrder) {
    }

    private ProgressLine() {
    }

    /** The line for {@code state}, at most {@code width - 1} characters (the last column would wrap on some terminals). */
    static String render(State s, int width) {
        int max = Math.max(1, width - 1);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(s.batches() + "/" + s.totalBatches() + " batches", Integer.MAX_VALUE));
        parts.add(new Part(String.format(Locale.ROOT, "%,d/%,d IDs", s.ids(), s.totalIds()), 3));
        if (s.elapsed().toMillis() >= 1000) {
            double minutes = s.elapsed().toMillis() / 60000.0;
            parts.add(new Part(String.format(Locale.ROOT, "%.0f req/min", s.requests() / minutes), 1));
        }
        parts.add(new Part("ETA " + eta(s), 4));
        parts.add(new Part(s.retries() + (s.retries() == 1 ? " retry" : " retries"), 2));
        if (s.waiting() != null && !s.waiting().isNegative() && !s.waiting().isZero()) {
            parts.add(new Part("waiting " + clockText(s.waiting()), Integer.MAX_VALUE));
        }
        while (length(parts) + MIN_BAR + 3 > max && dropOne(parts)) {
            // drop the least useful part until a short bar fits too
        }
        String text = join(parts);
        int bar = Math.min(MAX_BAR, max - text.length() - 3);
        String line = bar >= MIN_BAR ? bar(s, bar) + " " + text : text;
        return line.length() > max ? line.substring(0, max) : line;
    }

    /**
     * A line for logs, whole: {@code progress: 12/40 batches (30 %), 3,000/10,000 IDs, 42 req/min,
     * ETA 0:12, 1 retry, 2 waits}.
     */
    static String plain(State s, long waits) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%,d/%,d batches (%d %%)", s.batches(), s.totalBatches(),
                s.totalBatches() == 0 ? 100 : s.batches() * 100 / s.totalBatches()));
        parts.add(String.format(Locale.ROOT, "%,d/%,d IDs", s.ids(), s.totalIds()));
        if (s.elapsed().toMillis() >= 1000) {
            parts.add(String.format(Locale.ROOT, "%.0f req/min", s.requests() / (s.elapsed().toMillis() / 60000.0)));
        }
        parts.add("ETA " + eta(s));
        parts.add(s.retries() + (s.retries() == 1 ? " retry" : " retries"));
        parts.add(waits + (waits == 1 ? " wait" : " waits"));
        return "progress: " + String.join(", ", parts);
    }

    private static boolean dropOne(List<Part> parts) {
        Part least = null;
        for (Part p : parts) {
            if (p.dropOrder() != Integer.MAX_VALUE && (least == null || p.dropOrder() < least.dropOrder())) {
                least = p;
            }
        }
        return least != null && parts.remove(least);
    }

    private static int length(List<Part> parts) {
        return join(parts).length();
    }

    private static String join(List<Part> parts) {
        List<String> texts = new ArrayList<>();
        parts.forEach(p -> texts.add(p.text()));
        return String.join(GAP, texts);
    }

    private static String bar(State s, int inner) {
        int filled = s.totalBatches() == 0 ? inner : (int) (inner * Math.min(s.batches(), s.totalBatches()) / s.totalBatches());
        return "[" + "#".repeat(filled) + " ".repeat(inner - filled) + "]";
    }

    private static String eta(State s) {
        if (s.batches() == 0 || s.elapsed().isZero()) {
            return "--:--";
        }
        return clockText(s.elapsed().multipliedBy(Math.max(0, s.totalBatches() - s.batches())).dividedBy(s.batches()));
    }

    static String clockText(Duration d) {
        long sec = Math.max(0, d.toSeconds());
        return sec >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", sec / 3600, sec / 60 % 60, sec % 60)
                : String.format(Locale.ROOT, "%d:%02d", sec / 60, sec % 60);
    }
}
