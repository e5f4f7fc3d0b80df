package dev.engagement.app;

import dev.engagement.Text;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.input.InputSummary;
import dev.engagement.plan.PlanEstimate;
import java.util.List;
import java.util.stream.Collectors;

/** The plan of a run, printed on stdout by {@code --dry-run} instead of sending anything: it is the data asked for. */
final class DryRun {
    private DryRun() {
    }

    static String describe(Endpoint endpoint, InputSummary input, PlanEstimate estimate, List<Metric> metrics,
            List<Grouping> groupings) {
        return "Plan for /" + endpoint.path() + " (nothing sent; " + Text.count(input.duplicates(), "duplicate ID")
                + " dropped):\n"
                + estimate.describe().lines().map(l -> "  " + l).collect(Collectors.joining("\n")) + "\n"
                + "  metrics: " + metrics.stream().map(Metric::wireName).collect(Collectors.joining(",")) + "\n"
                + "  groupings: " + groupings.stream().map(Grouping::describe).collect(Collectors.joining("; ")) + "\n";
    }
}
