package dev.engagement.http;

import java.nio.file.Path;

/**
 * How the run authenticates, as asked on the command line: the {@code --auth} mode, and the
 * {@code --profile} and {@code --config} file to read credentials from (null: from the environment
 * or the default, see {@link ProfileLocation}).
 */
public record AuthSettings(AuthMode mode, String profile, Path configFile) {
    public static final AuthSettings DEFAULT = new AuthSettings(AuthMode.auto);

    public AuthSettings {
        mode = mode == null ? AuthMode.auto : mode;
    }

    /** The given mode with the default profile and config file. */
    public AuthSettings(AuthMode mode) {
        this(mode, null, null);
    }
}
