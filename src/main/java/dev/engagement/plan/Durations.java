package dev.engagement.plan;

import dev.engagement.EngagementException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 28d}, {@code 2w}, {@code 0}. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(\\d+)(ms|s|m|h|d|w)");

    private Durations() {
    }

    public static Duration parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        Matcher m = FORM.matcher(s);
        if (!m.matches()) {
            throw EngagementException.usage("'" + text + "' is not a duration: use a number with ms, s, m, h, d or w, "
                    + "for example 500ms, 30s, 5m, 36h, 28d.");
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "ms":
                return Duration.ofMillis(n);
            case "s":
                return Duration.ofSeconds(n);
            case "m":
                return Duration.ofMinutes(n);
            case "h":
                return Duration.ofHours(n);
            case "d":
                return Duration.ofDays(n);
            default:
                return Duration.ofDays(7 * n);
        }
    }

    /** The shortest form {@link #parse} reads back as exactly this duration. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        long[] units = {7 * 86_400_000L, 86_400_000L, 3_600_000L, 60_000L, 1000L};
        String[] names = {"w", "d", "h", "m", "s"};
        if (ms == 0) {
            return "0";
        }
        for (int i = 0; i < units.length; i++) {
            if (ms % units[i] == 0) {
                return ms / units[i] + names[i];
            }
        }
        return ms + "ms";
    }
}
