package dev.engagement.output;

/**
 * A series drawn in one line of characters, one per bucket (or per run of buckets, summed, when
 * there are more buckets than room): eight heights of Unicode block ({@code ▁▂▃▄▅▆▇█}), or eight
 * ASCII characters ({@code _.-:=+*#}) where the terminal is not UTF-8. The lowest is zero (or all
 * zeros), the highest the series' largest value; any count above zero shows above the lowest.
 */
final class Sparkline {
    static final String BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
    static final String ASCII = "_.-:=+*#";

    private Sparkline() {
    }

    /** How many buckets one character stands for, to fit {@code buckets} in {@code width} characters. */
    static int perCharacter(int buckets, int width) {
        return Math.max(1, (buckets + Math.max(1, width) - 1) / Math.max(1, width));
    }

    static String draw(long[] values, int perCharacter, boolean unicode) {
        String levels = unicode ? BLOCKS : ASCII;
        int n = (values.length + perCharacter - 1) / perCharacter;
        long[] cells = new long[n];
        long max = 0;
        for (int i = 0; i < values.length; i++) {
            cells[i / perCharacter] += values[i];
        }
        for (long c : cells) {
            max = Math.max(max, c);
        }
        StringBuilder sb = new StringBuilder(n);
        int top = levels.length() - 1;
        for (long c : cells) {
            int level = c <= 0 || max == 0 ? 0 : (int) Math.max(1, Math.round((double) c * top / max));
            sb.append(levels.charAt(level));
        }
        return sb.toString();
    }
}
