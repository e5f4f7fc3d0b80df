package dev.engagement.cli;

import dev.engagement.input.InputOptions;
import picocli.CommandLine.Option;

/** Options that say how to read the Tweet IDs. */
public final class InputGroup {
    @Option(names = "--id-column", paramLabel = "NAME",
            description = "CSV/TSV column holding the IDs (default: tweet_id, id_str or id).")
    String idColumn;

    @Option(names = "--skip-invalid", description = "Warn about invalid lines and go on, instead of stopping.")
    boolean skipInvalid;

    @Option(names = "--originals", description = "For retweets in Tweet JSON, use the original Tweet's ID.")
    boolean originals;

    InputOptions options() {
        return new InputOptions(idColumn, skipInvalid, originals);
    }
}
