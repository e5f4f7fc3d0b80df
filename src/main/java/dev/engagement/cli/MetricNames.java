package dev.engagement.cli;

import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Metric;
import java.util.Iterator;

/** The metrics an endpoint serves, for help and shell completion (the legacy alias left out). */
abstract class MetricNames implements Iterable<String> {
    private final Endpoint endpoint;

    MetricNames(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public Iterator<String> iterator() {
        return Metric.servedBy(endpoint, AuthKind.USER).stream().map(Metric::wireName).iterator();
    }

    static final class Totals extends MetricNames {
        Totals() {
            super(Endpoint.TOTALS);
        }
    }

    static final class TimeSeries extends MetricNames {
        TimeSeries() {
            super(Endpoint.HOURS_28);
        }
    }
}
