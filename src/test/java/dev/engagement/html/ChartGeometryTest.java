package dev.engagement.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Scales, ticks and the SVG they become. */
class ChartGeometryTest {
    @Test
    void countAxesEndOnARoundNumberInRoundSteps() {
        assertEquals(new NiceScale(1, 1), NiceScale.of(0, 5));
        assertEquals(new NiceScale(1, 1), NiceScale.of(1, 5));
        assertEquals(new NiceScale(8, 2), NiceScale.of(7, 5));
        assertEquals(new NiceScale(1500, 500), NiceScale.of(1074, 5));
        assertEquals(new NiceScale(2500, 500), NiceScale.of(2139, 5));
        assertEquals(new NiceScale(1_000_000, 200_000), NiceScale.of(871_108, 5));
        assertEquals(List.of(0L, 500L, 1000L, 1500L), NiceScale.of(1074, 5).ticks());
        NiceScale huge = NiceScale.of(Long.MAX_VALUE / 3, 5);
        assertTrue(huge.max() >= Long.MAX_VALUE / 3 && huge.ticks().size() <= 6, huge.toString());
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, NiceScale.niceStep(1));
        assertEquals(2, NiceScale.niceStep(2));
        assertEquals(5, NiceScale.niceStep(3));
        assertEquals(10, NiceScale.niceStep(6));
        assertEquals(200_000, NiceScale.niceStep(174_222));
    }

    @Test
    void timeTicksFallOnRoundUtcHoursAndDays() {
        Instant from = Instant.parse("2026-12-01T11:00:00Z");
        Instant to = Instant.parse("2026-12-02T15:00:00Z");
        assertEquals(Duration.ofHours(6), TimeTicks.step(from, to, 8));
        List<String> labels = TimeTicks.ticks(from, to, 8).stream().map(TimeTicks.Tick::label).toList();
        assertEquals(List.of("12:00", "18:00", "Dec 2", "06:00", "12:00"), labels);

        Instant month = Instant.parse("2026-11-04T16:00:00Z");
        assertEquals(Duration.ofDays(7), TimeTicks.step(month, to, 8));
        for (TimeTicks.Tick t : TimeTicks.ticks(month, to, 8)) {
            assertEquals(0, t.at().getEpochSecond() % 86_400, t.toString());
            assertTrue(t.label().matches("(Nov|Dec) \\d{1,2}"), t.label());
        }
        Instant lastYear = Instant.parse("2025-12-20T00:00:00Z");
        assertTrue(TimeTicks.ticks(lastYear, to, 8).stream().allMatch(t -> t.label().matches("[A-Z][a-z]{2} \\d{1,2} 202[56]")),
                "a range across years names them");
        assertEquals(1, TimeTicks.ticks(from, from, 8).size());
    }

    @Test
    void aCurveSpansThePlotAndItsTicksReadAsNumbersWithSeparators() {
        List<Instant> times = new ArrayList<>();
        long[] counts = new long[48];
        for (int h = 0; h < 48; h++) {
            times.add(Instant.parse("2026-12-01T00:00:00Z").plusSeconds(3600L * h));
            counts[h] = 1000L * h;
        }
        String svg = SvgChart.render(new Chart.TimeSeries(times, counts, Duration.ofHours(1), "impressions"),
                SvgChart.Size.FULL, "impressions <per hour>", "t1");
        assertTrue(svg.startsWith("<svg class=\"chart\" viewBox=\"0 0 720 240\""), svg);
        assertTrue(svg.contains("aria-describedby=\"t1\"") && svg.contains("<title>impressions &lt;per hour&gt;</title>"));
        assertTrue(svg.contains(">50,000</text>"), "thousands separators: " + svg);
        assertTrue(svg.contains(">Dec 2</text>") && svg.contains(">UTC</text>"), svg);
        Matcher m = Pattern.compile("<path class=\"line\" d=\"M(\\d+),(\\d+)((?:L\\d+,\\d+)+)\"/>").matcher(svg);
        assertTrue(m.find(), svg);
        assertEquals(72, Integer.parseInt(m.group(1)), "starts at the left edge of the plot");
        assertEquals(204, Integer.parseInt(m.group(2)), "a zero lies on the baseline (10 + 194)");
        assertTrue(m.group(3).endsWith("L702,22"), "the last point at the right edge: " + m.group(3));
        assertEquals(48, m.group(0).split("[ML]").length - 1);
        assertFalse(svg.contains("http"), "no namespace or link in inline SVG");
    }

    @Test
    void barsHaveOneRectPerCategoryAndLabelsThatDoNotCollide() {
        List<String> hours = new ArrayList<>();
        long[] counts = new long[24];
        for (int h = 0; h < 24; h++) {
            hours.add(String.format("%02d", h));
            counts[h] = h == 13 ? 2139 : 1050;
        }
        String svg = SvgChart.render(new Chart.Bars(hours, counts, "hour of the day (UTC)", "impressions"),
                SvgChart.Size.FULL, "impressions by hour", "t2");
        assertEquals(24, svg.split("<rect class=\"bar\"", -1).length - 1);
        assertTrue(svg.contains(">00</text>") && svg.contains(">23</text>"), svg);
        String small = SvgChart.render(new Chart.Bars(hours, counts, "hour", "impressions"), SvgChart.Size.SMALL, "s", null);
        assertTrue(small.contains(">00</text>") && !small.contains(">01</text>"), "every other label on a small chart");
        assertTrue(svg.contains(">2,500</text>"));
    }

    @Test
    void aSinglePointIsADotAndAnEmptySeriesJustAnAxis() {
        String one = SvgChart.render(new Chart.TimeSeries(List.of(Instant.parse("2026-12-01T00:00:00Z")), new long[] {5},
                Duration.ofDays(1), "favorites"), SvgChart.Size.SMALL, "one", null);
        assertTrue(one.contains("<circle class=\"dot\"") && !one.contains("class=\"line\""), one);
        String none = SvgChart.render(new Chart.TimeSeries(List.of(), new long[0], Duration.ofDays(1), "favorites"),
                SvgChart.Size.SMALL, "none", null);
        assertTrue(none.contains("class=\"axis\"") && !none.contains("<path"), none);
    }

    @Test
    void textIsEscapedEverywhere() {
        assertEquals("a&amp;b &lt;c&gt; &quot;d&quot; &#39;e&#39;", Markup.escape("a&b <c> \"d\" 'e'"));
    }
}
