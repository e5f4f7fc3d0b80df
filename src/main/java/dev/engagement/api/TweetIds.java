package dev.engagement.api;

/**
 * What a Tweet ID is (spec 2.1): a positive signed 64-bit integer written in decimal, 1 to 19 digits
 * (leading zeros allowed), at most {@link #MAX}. Never parsed through a double: IDs exceed 2^53.
 */
public final class TweetIds {
    /** Returned by {@link #parse} for anything that is not a Tweet ID. */
    public static final long INVALID = -1;
    /** The largest Tweet ID. */
    public static final long MAX = Long.MAX_VALUE;
    /** The most digits a Tweet ID has. */
    public static final int MAX_DIGITS = 19;
    /** A Tweet's page is this followed by its ID. */
    public static final String STATUS_URL = "https://x.com/i/status/";

    private TweetIds() {
    }

    /** The ID {@code text} stands for, or {@link #INVALID}. */
    public static long parse(CharSequence text) {
        int length = text.length();
        if (!isIdLength(length)) {
            return INVALID;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return checked(value);
    }

    /** {@link #parse(CharSequence)} of {@code chars[from, to)}, read in place (a line of an ID list). */
    public static long parse(char[] chars, int from, int to) {
        if (!isIdLength(to - from)) {
            return INVALID;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return INVALID;
            }
            value = value * 10 + digit;
        }
        return checked(value);
    }

    /**
     * The ID that {@code digits} decimal digits stand for, given their {@code value} as read one digit at a
     * time (wrapping past {@link #MAX} as {@link #parse} does); or {@link #INVALID}.
     */
    public static long ofDigits(long value, int digits) {
        return isIdLength(digits) ? checked(value) : INVALID;
    }

    private static boolean isIdLength(int digits) {
        return digits > 0 && digits <= MAX_DIGITS;
    }

    /** Nineteen digits beyond Long.MAX_VALUE wrap around to a negative value; 0 is no Tweet. */
    private static long checked(long value) {
        return value <= 0 ? INVALID : value;
    }

    public static boolean isValid(CharSequence text) {
        return parse(text) != INVALID;
    }
}
