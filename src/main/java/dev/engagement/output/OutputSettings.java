package dev.engagement.output;

import java.nio.file.Path;

/**
 * What to write where, as asked on the command line (null where not given). {@code wide}: CSV with
 * one column per metric; {@code topOutput}: a separate CSV file for the Top Tweets; {@code idsDir}: a
 * folder for the ID lists, one file each.
 */
public record OutputSettings(Format format, Path file, Boolean pretty, Integer top, boolean wide, Path topOutput,
        Path idsDir) {
}
