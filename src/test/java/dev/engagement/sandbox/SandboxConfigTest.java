package dev.engagement.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The builder owns every bound and says which setting is out of range, as the command line names it. */
class SandboxConfigTest {

    private static String refusal(UnaryOperator<SandboxConfig.Builder> tweak) {
        return assertThrows(IllegalArgumentException.class, () -> tweak.apply(SandboxConfig.builder()).build())
                .getMessage();
    }

    @Test
    void outOfRangeValuesNameTheirSetting() {
        assertEquals("--port must be 0..65535, got 70000", refusal(b -> b.port(70000)));
        assertEquals("--port must be 0..65535, got -1", refusal(b -> b.port(-1)));
        assertEquals("--requests-per-minute must be 0 (unlimited) or more, got -1",
                refusal(b -> b.requestsPerMinute(-1)));
        assertEquals("--fail-rate must be between 0 and 1, got 2.0", refusal(b -> b.failRate(2)));
        assertEquals("--reset-rate must be between 0 and 1, got -0.1", refusal(b -> b.resetRate(-0.1)));
        assertEquals("--garbage-rate must be between 0 and 1, got NaN", refusal(b -> b.garbageRate(Double.NaN)));
        assertEquals("--slow-rate must be between 0 and 1, got 1.5", refusal(b -> b.slowRate(1.5)));
        assertEquals("--latency must not be negative, got -5 ms", refusal(b -> b.latency(Duration.ofMillis(-5))));
        assertEquals("--latency-jitter must not be negative, got -1000 ms",
                refusal(b -> b.latencyJitter(Duration.ofSeconds(-1))));
        assertEquals("--slow-delay must not be negative, got -60000 ms",
                refusal(b -> b.slowDelay(Duration.ofMinutes(-1))));
        assertEquals("--script: Fault script names request 2 twice", refusal(b -> b.script("503@2,500@2")));
        assertEquals("the handler thread count must be 1 or more, got 0", refusal(b -> b.threads(0)));
    }

    @Test
    void boundsThemselvesAreAccepted() {
        SandboxConfig c = SandboxConfig.builder().port(65535).requestsPerMinute(0).failRate(1).resetRate(0)
                .garbageRate(1).slowRate(0).latency(Duration.ZERO).threads(1).script(" 503@1 , reset@2 ").build();
        assertEquals(65535, c.port());
        assertEquals(Map.of(1L, FaultKind.HTTP_503, 2L, FaultKind.RESET), c.scriptedFaults());
        assertEquals(Map.of(), SandboxConfig.builder().script(null).build().scriptedFaults());
    }
}
