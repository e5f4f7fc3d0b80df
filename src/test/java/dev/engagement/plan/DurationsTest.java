package dev.engagement.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesTheShortForms() {
        assertEquals(Duration.ofMillis(50), Durations.parse("50ms"));
        assertEquals(Duration.ofSeconds(2), Durations.parse("2s"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofHours(1), Durations.parse(" 1H "));
        assertEquals(Duration.ZERO, Durations.parse("0"));
        assertEquals("10m", Durations.format(Duration.ofMinutes(10)));
        assertEquals("1500ms", Durations.format(Duration.ofMillis(1500)));
    }

    @Test
    void badValuesAreUsageErrors() {
        for (String bad : List.of("", "5", "-1s", "1.5s", "2 s", "1y", "ms", "PT5S")) {
            EngagementException e = assertThrows(EngagementException.class, () -> Durations.parse(bad), bad);
            assertEquals(ExitCode.USAGE, e.exitCode());
        }
    }
}
