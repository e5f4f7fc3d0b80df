package dev.engagement.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Options for retries and pacing. */
public final class ReliabilityGroup {
    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "5",
            description = "Retries per request after network or server failures (default: ${DEFAULT-VALUE}).")
    int maxRetries;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Timeout per request, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "0",
            description = "Pace requests under your contract's limit (default: no pacing beyond the API's rate-limit headers).")
    double requestsPerMinute;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Record each completed batch in FILE; run the same command again to continue where it stopped.")
    java.nio.file.Path checkpoint;

    @Option(names = "--force", description = "Start the checkpoint over when it belongs to a different command.")
    boolean force;
}
