package dev.engagement.cli;

import dev.engagement.Version;
import picocli.CommandLine;

/** The version Maven wrote into the jar, and the Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"engagement " + Version.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
