package dev.engagement.config;

import dev.engagement.EngagementException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which config file and which profile a run uses: {@code --config FILE}, else
 * {@code $XDG_CONFIG_HOME/engagement/config.properties}, else {@code $HOME/.config/engagement/config.properties};
 * {@code --profile NAME}, else {@code ENGAGEMENT_PROFILE}, else {@code default}. {@code file} is null when
 * neither HOME nor XDG_CONFIG_HOME is set and no file was named.
 *
 * @param named whether the profile was asked for by name (flag or environment), so a missing one is an error
 * @param fileGiven whether the file was named with {@code --config}, so a missing one is an error
 */
public record ProfileLocation(Path file, String name, boolean named, boolean fileGiven) {
    public static final String PROFILE_ENV = "ENGAGEMENT_PROFILE";
    static final String FOLDER = "engagement";
    static final String FILE_NAME = "config.properties";

    public static ProfileLocation of(ProfileChoice settings, Map<String, String> env) {
        String name = settings.profile();
        String source = "--profile";
        if (name == null) {
            name = blankToNull(env.get(PROFILE_ENV));
            source = PROFILE_ENV;
        }
        boolean named = name != null;
        if (!named) {
            name = ProfileStore.DEFAULT_PROFILE;
        }
        name = name.strip();
        if (!ProfileStore.isValidName(name)) {
            throw EngagementException.usage(source + " '" + name + "' is not a profile name: use letters, digits, "
                    + "'-' and '_' (at most 64).");
        }
        Path file = settings.configFile();
        return new ProfileLocation(file != null ? file : defaultFile(env), name, named, file != null);
    }

    /** The default config file for this environment, or null without HOME and XDG_CONFIG_HOME. */
    public static Path defaultFile(Map<String, String> env) {
        String xdg = blankToNull(env.get("XDG_CONFIG_HOME"));
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, FOLDER, FILE_NAME);
        }
        String home = blankToNull(env.get("HOME"));
        return home == null ? null : Path.of(home, ".config", FOLDER, FILE_NAME);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
