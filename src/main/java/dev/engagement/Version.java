package dev.engagement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into the jar, for --version, journals and reports. */
public final class Version {
    private static final String UNKNOWN = "(development build)";
    private static String version;

    private Version() {
    }

    /** What {@code --version} prints: this version, and the Java it runs on. */
    public static String[] lines() {
        return new String[] {"engagement " + current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    public static synchronized String current() {
        if (version == null) {
            Properties p = new Properties();
            try (InputStream in = Version.class.getResourceAsStream("/engagement-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = p.getProperty("version", UNKNOWN);
        }
        return version;
    }
}
