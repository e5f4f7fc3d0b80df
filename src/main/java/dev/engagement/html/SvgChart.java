package dev.engagement.html;

import dev.engagement.Text;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as inline SVG: a count axis from 0 with round ticks and thousands
 * separators, a UTC time axis or category labels, light grid lines, and the curve (points on whole
 * pixels: a long hourly series stays small) or bars. Sizes
 * are in CSS pixels; the SVG scales to the page width (viewBox). Colours print well in grey.
 */
final class SvgChart {
    /** The size of a chart and how many ticks its axes may have. */
    record Size(int width, int height, int yTicks, int xTicks) {
        static final Size FULL = new Size(720, 240, 5, 8);
        static final Size SMALL = new Size(300, 140, 3, 4);
    }

    private static final int LEFT = 72;
    private static final int RIGHT = 18;
    private static final int TOP = 10;
    private static final int BOTTOM = 36;

    private final Size size;
    private final StringBuilder svg = new StringBuilder();

    private final long scaleAtLeast;

    private SvgChart(Size size, long scaleAtLeast) {
        this.size = size;
        this.scaleAtLeast = scaleAtLeast;
    }

    /** The SVG element; {@code title} is its accessible name, {@code tableId} the id of the table that holds its numbers. */
    static String render(Chart chart, Size size, String title, String tableId) {
        return render(chart, size, title, tableId, 0);
    }

    /** {@code scaleAtLeast}: the count axis reaches at least this far (small multiples share one scale). */
    static String render(Chart chart, Size size, String title, String tableId, long scaleAtLeast) {
        SvgChart c = new SvgChart(size, scaleAtLeast);
        c.open(title, tableId);
        if (chart instanceof Chart.TimeSeries ts) {
            c.timeSeries(ts);
        } else if (chart instanceof Chart.Bars bars) {
            c.bars(bars);
        }
        c.svg.append("</svg>");
        return c.svg.toString();
    }

    private int plotWidth() {
        return size.width() - LEFT - RIGHT;
    }

    private int plotHeight() {
        return size.height() - TOP - BOTTOM;
    }

    private void open(String title, String tableId) {
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(size.width())
                .append(' ').append(size.height()).append("\" width=\"").append(size.width()).append("\" height=\"")
                .append(size.height()).append("\" role=\"img\"");
        if (tableId != null) {
            svg.append(" aria-describedby=\"").append(tableId).append('"');
        }
        svg.append("><title>").append(Markup.escape(title)).append("</title>");
    }

    private NiceScale countAxis(long[] counts) {
        long max = scaleAtLeast;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        NiceScale scale = NiceScale.of(max, size.yTicks());
        for (long t : scale.ticks()) {
            double y = y(scale, t);
            svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth())
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>");
            svg.append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Text.number(t)).append("</text>");
        }
        return scale;
    }

    private double y(NiceScale scale, long count) {
        return TOP + plotHeight() * (1 - scale.fraction(count));
    }

    private void baseline() {
        int y = TOP + plotHeight();
        svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth())
                .append("\" y1=\"").append(y).append("\" y2=\"").append(y).append("\"/>");
    }

    private void timeSeries(Chart.TimeSeries ts) {
        NiceScale scale = countAxis(ts.counts());
        if (ts.times().isEmpty()) {
            baseline();
            return;
        }
        Instant from = ts.times().get(0);
        Instant to = ts.times().get(ts.times().size() - 1);
        long span = to.getEpochSecond() - from.getEpochSecond();
        int bottom = TOP + plotHeight();
        for (TimeTicks.Tick tick : TimeTicks.ticks(from, to, size.xTicks())) {
            double x = x(tick.at(), from, span);
            svg.append("<line class=\"axis\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
                    .append(bottom).append("\" y2=\"").append(bottom + 4).append("\"/>");
            svg.append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\">").append(Markup.escape(tick.label())).append("</text>");
        }
        axisCaption("UTC");
        baseline();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < ts.counts().length; i++) {
            line.append(i == 0 ? 'M' : 'L').append(Math.round(x(ts.times().get(i), from, span))).append(',')
                    .append(Math.round(y(scale, ts.counts()[i])));
        }
        if (ts.counts().length == 1) {
            svg.append("<circle class=\"dot\" cx=\"").append(fmt(x(from, from, span))).append("\" cy=\"")
                    .append(fmt(y(scale, ts.counts()[0]))).append("\" r=\"3\"/>");
            return;
        }
        svg.append("<path class=\"line\" d=\"").append(line).append("\"/>");
    }

    private double x(Instant t, Instant from, long span) {
        if (span == 0) {
            return LEFT + plotWidth() / 2.0;
        }
        return LEFT + plotWidth() * (double) (t.getEpochSecond() - from.getEpochSecond()) / span;
    }

    private void axisCaption(String caption) {
        svg.append("<text class=\"caption\" x=\"").append(LEFT + plotWidth()).append("\" y=\"")
                .append(size.height() - 4).append("\" text-anchor=\"end\">").append(Markup.escape(caption))
                .append("</text>");
    }

    private void bars(Chart.Bars bars) {
        NiceScale scale = countAxis(bars.counts());
        int n = bars.counts().length;
        int bottom = TOP + plotHeight();
        double band = n == 0 ? 0 : (double) plotWidth() / n;
        int every = labelEvery(n, band, bars.categories());
        for (int i = 0; i < n; i++) {
            double x = LEFT + band * i + band * 0.1;
            double top = y(scale, bars.counts()[i]);
            svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                    .append(fmt(band * 0.8)).append("\" height=\"").append(fmt(bottom - top)).append("\"/>");
            if (i % every == 0) {
                svg.append("<text class=\"tick\" x=\"").append(fmt(LEFT + band * (i + 0.5))).append("\" y=\"")
                        .append(bottom + 16).append("\" text-anchor=\"middle\">")
                        .append(Markup.escape(bars.categories().get(i))).append("</text>");
            }
        }
        axisCaption(bars.categoryLabel());
        baseline();
    }

    /** Label every k-th category so that labels (about 7 px a character) do not run into each other. */
    private static int labelEvery(int n, double band, List<String> categories) {
        int longest = categories.stream().mapToInt(String::length).max().orElse(1);
        double need = longest * 7 + 6;
        int every = 1;
        while (every < n && band * every < need) {
            every++;
        }
        return every;
    }

    static String fmt(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
