package dev.engagement.cli;

import dev.engagement.EngagementException;
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

    /** The least pacing that still makes sense: one request every ten minutes. */
    static final double MIN_REQUESTS_PER_MINUTE = 0.1;

    FetchSettings.ReliabilitySettings settings() {
        if (maxRetries < 0 || maxRetries > 100) {
            throw EngagementException.usage("--max-retries must be 0 to 100, got " + maxRetries + ".");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw EngagementException.usage("--timeout must be longer than 0 (a request without a deadline could hang the "
                    + "run for ever); use a long one instead, such as 10m.");
        }
        if (Double.isNaN(requestsPerMinute) || Double.isInfinite(requestsPerMinute) || requestsPerMinute < 0
                || requestsPerMinute > 0 && requestsPerMinute < MIN_REQUESTS_PER_MINUTE) {
            throw EngagementException.usage("--requests-per-minute must be 0 (no pacing) or a number from "
                    + MIN_REQUESTS_PER_MINUTE + ", got " + requestsPerMinute + ".");
        }
        if (maxWait.isZero() || maxWait.isNegative()) {
            throw EngagementException.usage("--max-wait must be longer than 0, such as 10m.");
        }
        return new FetchSettings.ReliabilitySettings(maxRetries, timeout, requestsPerMinute, maxWait);
    }
}
