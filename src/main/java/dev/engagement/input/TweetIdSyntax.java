package dev.engagement.input;

import dev.engagement.Text;
import dev.engagement.api.TweetIds;

import java.util.regex.Pattern;

/**
 * What counts as a Tweet ID in the input: 1 to 19 decimal digits, at most {@link Long#MAX_VALUE},
 * written plainly or as a Tweet link. Also explains, for the user, why a value is not one.
 */
final class TweetIdSyntax {
    /** Returned by {@link #parse} for anything that is not a Tweet ID. */
    static final long INVALID = TweetIds.INVALID;

    static final String SPREADSHEET_HINT = "Spreadsheets keep only 15 significant digits, which destroys Tweet IDs;"
            + " keep the IDs as text: format the ID column as Text before pasting or importing,"
            + " or export the IDs as text.";

    private static final String ACCEPTED = "expected 1 to " + TweetIds.MAX_DIGITS + " digits (at most " + TweetIds.MAX + ")"
            + " or a Tweet link such as https://x.com/user/status/1876543210987654321.";
    private static final int MAX_LENGTH = TweetIds.MAX_DIGITS;
    private static final int SHOWN_CHARACTERS = 40;
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?[0-9]+(?:[.,][0-9]*)?[eE][+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+[.,][0-9]+");
    private static final long SMALLEST_16_DIGITS = 1_000_000_000_000_000L;

    private TweetIdSyntax() {
    }

    /** @param text trimmed text from the input; a Tweet link counts as its ID */
    static long parse(String text) {
        long id = parseDigits(text);
        if (id != INVALID || !TweetUrl.looksLikeUrl(text)) {
            return id;
        }
        String digits = TweetUrl.statusDigits(text);
        return digits == null ? INVALID : parseDigits(digits);
    }

    /**
     * Whether an ID looks like what a spreadsheet leaves of a longer one after rounding it to 15
     * significant digits: 16 or more digits of which the last 4 or more are zeros. Real IDs can look
     * like this too (1 in 10,000), so callers warn instead of rejecting.
     */
    static boolean looksSpreadsheetRounded(long id) {
        return id >= SMALLEST_16_DIGITS && id % 10_000 == 0;
    }

    /**
     * Whether so many IDs look rounded that a spreadsheet probably did it: a genuine ID ends in four
     * zeros 1 time in 10,000, so one such ID among many says nothing, but a tenth of them does.
     */
    static boolean roundingIsLikely(long rounded, long ids) {
        return rounded > 0 && rounded * 10 >= ids;
    }

    /** One warning for all the IDs that look rounded, naming the first. */
    static String roundedWarning(long rounded, long ids, String first) {
        return Text.count(rounded, "ID") + " of " + Text.number(ids) + " end in four or more zeros, as Tweet IDs do "
                + "after a spreadsheet rounds them (the first: " + first + "); they are kept, but if the file "
                + "passed through a spreadsheet, the IDs are probably wrong. " + SPREADSHEET_HINT;
    }

    /** Why {@code text}, for which {@link #parse} gave {@link #INVALID}, is not a Tweet ID, for the user. */
    static String explain(String text) {
        if (text.isEmpty()) {
            return "empty value where a Tweet ID was expected; " + ACCEPTED;
        }
        String shown = quote(text);
        if (TweetUrl.looksLikeUrl(text)) {
            String digits = TweetUrl.statusDigits(text);
            return digits == null
                    ? shown + " is not a link to a Tweet; " + ACCEPTED
                    : shown + " links to status " + quote(digits) + ", which " + numberProblem(digits) + "; " + ACCEPTED;
        }
        if (text.startsWith("#") && text.length() <= 8) {
            return shown + " is a spreadsheet's error value: the formula or lookup that should have given this "
                    + "Tweet ID failed; fix the spreadsheet, or use --skip-invalid to leave the line out.";
        }
        if (SCIENTIFIC.matcher(text).matches()) {
            return shown + " is in scientific notation: the file was probably saved by a spreadsheet. "
                    + SPREADSHEET_HINT;
        }
        if (DECIMAL.matcher(text).matches()) {
            return shown + " is a decimal number; the IDs were probably converted to floating point,"
                    + " which rounds them. " + SPREADSHEET_HINT;
        }
        if (isAllDigits(text)) {
            return shown + " " + numberProblem(text) + "; " + ACCEPTED;
        }
        return shown + " is not a Tweet ID; " + ACCEPTED;
    }

    /** A value as shown in a message: quoted, at most about 40 characters, control characters replaced. */
    static String quote(String text) {
        String shown = text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "..." : text;
        StringBuilder quoted = new StringBuilder(shown.length() + 2).append('"');
        shown.codePoints().forEach(c -> quoted.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return quoted.append('"').toString();
    }

    static long parseDigits(CharSequence digits) {
        return TweetIds.parse(digits);
    }

    private static String numberProblem(String digits) {
        if (digits.length() > MAX_LENGTH) {
            return "has " + digits.length() + " digits, more than a Tweet ID can have";
        }
        return digits.chars().allMatch(c -> c == '0') ? "is zero, and Tweet IDs start at 1"
                : "is larger than " + TweetIds.MAX + ", the largest possible Tweet ID";
    }

    private static boolean isAllDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
