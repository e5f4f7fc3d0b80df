package dev.engagement;

import java.util.List;
import java.util.Locale;

/** English for messages: counts with thousands separators and the right plural, lists joined with "and". */
public final class Text {
    private Text() {
    }

    /** {@code 1 duplicate ID}, {@code 1,234 duplicate IDs}: the plural adds "s" (or "es" after ch, s, x). */
    public static String count(long n, String one) {
        return count(n, one, plural(one));
    }

    /** {@code 1 retry}, {@code 2 retries}. */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /** {@code 1234567} as {@code 1,234,567}. */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "a", "a and b", "a, b and c". */
    public static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String plural(String noun) {
        int space = noun.lastIndexOf(' ');
        String last = noun.substring(space + 1);
        String head = noun.substring(0, space + 1);
        if (last.equals("ID") || last.equals("IDs")) {
            return head + "IDs";
        }
        if (last.endsWith("ch") || last.endsWith("s") || last.endsWith("x")) {
            return head + last + "es";
        }
        if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            return head + last.substring(0, last.length() - 1) + "ies";
        }
        return head + last + "s";
    }
}
