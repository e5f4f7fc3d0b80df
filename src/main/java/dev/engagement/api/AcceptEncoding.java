package dev.engagement.api;

import java.util.List;
import java.util.Locale;

/**
 * Whether an {@code Accept-Encoding} header lets the API answer in gzip (spec 1.2, 9 #15, #30): the
 * header is read as a list of codings with optional q-values; gzip is accepted when {@code gzip}
 * (or {@code x-gzip}) is listed with q &gt; 0, or, when it is not listed at all, {@code *} is. A
 * {@code gzip;q=0} refuses it whatever {@code *} says. Without gzip the API answers 406.
 */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /** Whether a content coding's name (lower case, trimmed) is gzip: {@code gzip} or its alias {@code x-gzip}. */
    public static boolean isGzip(String coding) {
        return coding.equals("gzip") || coding.equals("x-gzip");
    }

    /** Whether the header values (null or empty: no header) accept gzip. */
    public static boolean acceptsGzip(List<String> headerValues) {
        if (headerValues == null) {
            return false;
        }
        Double gzip = null;
        Double star = null;
        for (String value : headerValues) {
            for (String item : value.split(",")) {
                String[] parts = item.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                if (coding.isEmpty()) {
                    continue;
                }
                double q = quality(parts);
                if (isGzip(coding)) {
                    gzip = gzip == null ? q : Math.max(gzip, q);
                } else if (coding.equals("*")) {
                    star = star == null ? q : Math.max(star, q);
                }
            }
        }
        if (gzip != null) {
            return gzip > 0;
        }
        return star != null && star > 0;
    }

    /** The q-value of one list item (RFC 9110 12.4.2); 1 when absent, 0 when unreadable. */
    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.length() >= 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
                try {
                    double q = Double.parseDouble(p.substring(2).strip());
                    return q >= 0 && q <= 1 ? q : 0;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
