package dev.engagement.app;

import dev.engagement.Text;
import dev.engagement.console.LogEvent;
import dev.engagement.console.Reporter;
import dev.engagement.http.Traffic;
import dev.engagement.input.InputSummary;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.RunResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The closing lines on stderr: what was read, what was sent, what could not be fetched and why. */
final class Summary {
    private Summary() {
    }

    static void print(Reporter reporter, InputSummary input, Traffic traffic, RunResult result, long batchesReplayed,
            Duration elapsed) {
        IdLists ids = result.ids();
        reporter.event(LogEvent.of("summary", LogEvent.Level.INFO,
                String.format(Locale.ROOT, "Done in %.1f s: ", elapsed.toMillis() / 1000.0)
                + Text.count(input.uniqueIds(), "Tweet ID") + " read (" + Text.count(input.duplicates(), "duplicate")
                + " dropped), " + Text.count(traffic.requests(), "request") + ", "
                + Text.count(traffic.retries(), "retry", "retries") + ", " + Text.number(ids.unavailable.size())
                + " unavailable, " + Text.number(ids.forbidden.size()) + " forbidden, " + Text.number(ids.failed.size())
                + " failed.")
                .with("elapsed_seconds", elapsed).with("ids_unique", input.uniqueIds())
                .with("ids_duplicates", input.duplicates()).with("requests", traffic.requests())
                .with("retries", traffic.retries()).with("rate_limited", traffic.rateLimited())
                .with("wait_seconds", traffic.totalWait()).with("unavailable", ids.unavailable.size())
                .with("forbidden", ids.forbidden.size()).with("failed", ids.failed.size())
                .with("out_of_range", ids.outOfRange.size()).with("batches_replayed", batchesReplayed)
                .with("partial", result.partial()));
        if (batchesReplayed > 0) {
            reporter.note(Text.count(batchesReplayed, "batch") + (batchesReplayed == 1 ? " was" : " were")
                    + " taken from the journal, not fetched again.");
        }
        if (result.profiles() != null) {
            List<String> parts = new ArrayList<>();
            result.profiles().forEach((name, c) -> parts.add(name + " " + Text.count(c.tweets(), "Tweet") + " ("
                    + Text.number(c.refused()) + " refused, " + Text.count(c.requests(), "request") + ")"));
            reporter.note("Profiles: " + String.join(", ", parts) + ".");
        }
        if (!ids.forbidden.isEmpty() && result.profiles() != null) {
            reporter.note(Text.count(ids.forbidden.size(), "Tweet ID") + (ids.forbidden.size() == 1 ? " is" : " are")
                    + " owned by none of the profiles' users and were left out (forbidden_tweet_ids); add the owner's "
                    + "token as a profile with 'engagement configure --profile NAME'.");
        } else if (!ids.forbidden.isEmpty()) {
            reporter.note(Text.count(ids.forbidden.size(), "Tweet ID") + (ids.forbidden.size() == 1 ? " is" : " are")
                    + " not owned by the access token's user and were left out (forbidden_tweet_ids); fetch them with "
                    + "that owner's token, or public metrics with --auth app.");
        }
        if (!ids.failed.isEmpty() && !result.partial()) {
            reporter.warn(Text.count(ids.failed.size(), "Tweet ID") + " could not be fetched because of network or "
                    + "server failures (failed_tweet_ids); run again to fetch them.");
        }
    }
}
