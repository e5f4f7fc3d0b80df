package dev.engagement.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes links to a Tweet on twitter.com or x.com and takes the Tweet ID out of them. */
final class TweetUrl {
    private static final Pattern STATUS_URL = Pattern.compile(
            "(?:https?://)?(?:(?:www|mobile|m)\\.)?(?:twitter|x)\\.com"
                    + "/(?:i/web|i|[A-Za-z0-9_]{1,50})/status(?:es)?/([0-9]+)(?:[/?#].*)?",
            Pattern.CASE_INSENSITIVE);

    private TweetUrl() {
    }

    /** True for anything that is meant as a link, Tweet link or not. */
    static boolean looksLikeUrl(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://")
                || lower.contains("twitter.com/") || lower.contains("x.com/");
    }

    /** @return the digits after {@code /status/}, or null if {@code text} is not a Tweet link */
    static String statusDigits(String text) {
        Matcher matcher = STATUS_URL.matcher(text);
        return matcher.matches() ? matcher.group(1) : null;
    }
}
