package dev.engagement.fetch;

import dev.engagement.Reporter;
import dev.engagement.http.ApiClient;
import dev.engagement.input.InputSummary;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.RunResult;
import java.time.Duration;
import java.util.Locale;

/** The closing lines on stderr: what was read, what was sent, what could not be fetched and why. */
final class Summary {
    private Summary() {
    }

    private static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    private static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    static void print(Reporter reporter, InputSummary input, ApiClient client, RunResult result, long batchesFromCheckpoint,
            Duration elapsed) {
        IdLists ids = result.ids();
        reporter.note(String.format(Locale.ROOT,
                "Done in %.1f s: %,d Tweet IDs read (%,d duplicates dropped), %s, %s, "
                        + "%,d unavailable, %,d forbidden, %,d failed.",
                elapsed.toMillis() / 1000.0, input.uniqueIds(), input.duplicates(),
                count(client.requestsSent(), "request"), count(client.retries(), "retry", "retries"),
                ids.unavailable.size(), ids.forbidden.size(), ids.failed.size()));
        if (batchesFromCheckpoint > 0) {
            reporter.note(String.format(Locale.ROOT, "%,d batches came from the checkpoint and were not fetched again.",
                    batchesFromCheckpoint));
        }
        if (!ids.forbidden.isEmpty()) {
            reporter.note(ids.forbidden.size() + " Tweet ID(s) are not owned by the access token's user and were left "
                    + "out (forbidden_tweet_ids); fetch them with that owner's token, or public metrics with --auth app.");
        }
        if (!ids.failed.isEmpty() && !result.partial()) {
            reporter.warn(ids.failed.size() + " Tweet ID(s) could not be fetched because of network or server failures "
                    + "(failed_tweet_ids); run again to fetch them.");
        }
    }
}
