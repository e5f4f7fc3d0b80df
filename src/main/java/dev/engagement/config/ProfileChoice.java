package dev.engagement.config;

import java.nio.file.Path;

/**
 * Which profile of which config file a command reads, as asked with {@code --profile} and
 * {@code --config}; null means "from the environment or the default" (see {@link ProfileLocation}).
 */
public record ProfileChoice(String profile, Path configFile) {
    public static final ProfileChoice DEFAULT = new ProfileChoice(null, null);
}
