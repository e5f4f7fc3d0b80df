package dev.engagement.cli;

import dev.engagement.config.ProfileChoice;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which profile of which config file to use. */
public final class ProfileGroup {
    @Option(names = "--profile", paramLabel = "NAME",
            description = "Profile of the config file to use (env ENGAGEMENT_PROFILE; default: default).")
    String profile;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Config file of profiles (default: $XDG_CONFIG_HOME/engagement/config.properties, "
                    + "else ~/.config/engagement/config.properties).")
    Path config;

    ProfileChoice choice() {
        return new ProfileChoice(profile, config);
    }
}
