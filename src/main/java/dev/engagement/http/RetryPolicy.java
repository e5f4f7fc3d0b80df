package dev.engagement.http;

import java.io.IOException;
import java.time.Duration;

/**
 * Runs an attempt again after network faults, 5xx, 408 and unusable 200s, with full-jitter backoff
 * through an injected sleeper, up to {@code maxRetries} times. An unreachable API (DNS, refused
 * connection, TLS) before it has ever answered is not retried: it stops the run at once, as does
 * a wait too long to sit through.
 */
public final class RetryPolicy {
    /** One attempt of a request. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException, InterruptedException;
    }

    static final String BACKOFF = "backing off after a failure";

    private final int maxRetries;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final ExchangeEvents events;
    private final Traffic traffic;

    public RetryPolicy(int maxRetries, Backoff backoff, Sleeper sleeper, ExchangeEvents events, Traffic traffic) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.events = events;
        this.traffic = traffic;
    }

    public <T> T run(Attempt<T> attempt) throws RequestFailedException, InterruptedException {
        int failures = 0;
        while (true) {
            try {
                return attempt.run();
            } catch (WaitTooLongException e) {
                throw new RequestFailedException(e.getMessage(), "wait too long", true);
            } catch (IOException e) {
                String reason = Failures.describe(e);
                if (Failures.isUnreachable(e) && traffic.answers() == 0) {
                    throw new RequestFailedException(reason + ", before the API ever answered: check the API URL "
                            + "and the network", Failures.kind(e), true);
                }
                failures++;
                if (failures > maxRetries) {
                    throw new RequestFailedException(reason + " (gave up after " + maxRetries
                            + (maxRetries == 1 ? " retry)" : " retries)"), Failures.kind(e), false);
                }
                traffic.retried();
                Duration delay = backoff.delay(failures);
                events.onRetry(reason, failures, maxRetries, delay);
                sleeper.sleep(delay);
                traffic.waited(BACKOFF, delay);
            }
        }
    }
}
