package dev.engagement.cli;

import dev.engagement.app.FetchSettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options for retries, timeouts and pacing. */
public final class ReliabilityGroup {
    @Option(names = "--max-retries", paramLabel = "N", defaultValue = "5",
            description = "Retries per request after network or server failures (default: ${DEFAULT-VALUE}).")
    int maxRetries;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest time one request may take, from sending to the last byte of the answer, e.g. 30s, "
                    + "2m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--requests-per-minute", paramLabel = "N", defaultValue = "0",
            description = "Pace requests under your contract's limit (default: no pacing beyond the API's rate-limit headers).")
    double requestsPerMinute;

    @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "Longest rate-limit wait to sit through; a longer one stops the run with a partial result "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration maxWait;

    FetchSettings.ReliabilitySettings settings() {
        return new FetchSettings.ReliabilitySettings(maxRetries, timeout, requestsPerMinute, maxWait);
    }
}
