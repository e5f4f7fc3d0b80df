package dev.engagement;

import java.util.regex.Pattern;

/** How a database URL (JDBC) is shown anywhere: its password, as a parameter or in user-info, never is. */
public final class DatabaseUrls {
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?\\s]*):[^/@?\\s]*@");

    private DatabaseUrls() {
    }

    /** {@code text} with any password of a URL in it replaced by {@code ***}. */
    public static String redact(String text) {
        String s = PASSWORD_PARAMETER.matcher(text).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(s).replaceAll("$1:***@");
    }
}
