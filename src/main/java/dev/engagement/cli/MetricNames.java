package dev.engagement.cli;

import dev.engagement.api.Metric;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Metric names for help and shell completion, legacy alias excluded. */
final class MetricNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<String> names = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (!m.isLegacyAlias()) {
                names.add(m.wireName());
            }
        }
        return names.iterator();
    }
}
