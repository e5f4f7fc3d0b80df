package dev.engagement.cli;

import dev.engagement.plan.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Reads durations such as 500ms, 30s, 5m, 2h, 28d. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (dev.engagement.EngagementException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
