package dev.engagement.fetch;

import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.input.InputSummary;
import dev.engagement.plan.PlanEstimate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plan of a run, printed by {@code --dry-run} instead of sending anything. */
final class DryRun {
    private DryRun() {
    }

    static String describe(Endpoint endpoint, InputSummary input, PlanEstimate estimate, List<Metric> metrics,
            List<Grouping> groupings) {
        return String.format(Locale.ROOT, "Plan for /%s (nothing sent; %,d duplicate IDs dropped):%n", endpoint.path(),
                input.duplicates())
                + estimate.describe().lines().map(l -> "  " + l).collect(Collectors.joining("\n")) + "\n"
                + "  metrics: " + metrics.stream().map(Metric::wireName).collect(Collectors.joining(",")) + "\n"
                + "  groupings: " + groupings.stream().map(Grouping::describe).collect(Collectors.joining("; "));
    }
}
