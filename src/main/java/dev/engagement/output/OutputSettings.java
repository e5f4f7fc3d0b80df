package dev.engagement.output;

import java.nio.file.Path;

/** What to write where, as asked on the command line (null where not given). */
public record OutputSettings(Format format, Path file, Boolean pretty, Integer top) {
    public static final OutputSettings DEFAULT = new OutputSettings(null, null, null, null);
}
