package dev.engagement.cli;

import dev.engagement.Version;
import picocli.CommandLine;

/** The version Maven wrote into the jar, and the Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return Version.lines();
    }
}
