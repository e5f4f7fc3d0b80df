package dev.engagement.cli;

import dev.engagement.output.Format;
import dev.engagement.output.OutputSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options that say what to write where. */
public final class OutputGroup {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "json, csv or table (default: table on a terminal, json otherwise).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file renamed into place) instead of stdout.")
    Path output;

    @Option(names = "--pretty", description = "Indent JSON (the default on a terminal).")
    boolean pretty;

    @Option(names = "--compact", description = "One-line JSON (the default when not on a terminal).")
    boolean compact;

    @Option(names = "--top", paramLabel = "N", description = "Also list the N Tweets with the highest count per metric.")
    Integer top;

    OutputSettings settings() {
        return new OutputSettings(format, output, pretty ? Boolean.TRUE : compact ? Boolean.FALSE : null, top);
    }
}
