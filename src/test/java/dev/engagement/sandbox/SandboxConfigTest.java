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
        assertEquals("--requests-per-minute must be 1 or more (default 10000), got 0",
                refusal(b -> b.requestsPerMinute(0)));
        assertEquals("--requests-per-second must be 0 (none) or more, got -1", refusal(b -> b.requestsPerSecond(-1)));
        assertEquals("--fail-rate, --reset-rate, --garbage-rate and --slow-rate add up to 1.2; together they must be "
                + "at most 1 (each is a share of all requests)", refusal(b -> b.failRate(0.6).resetRate(0.6)));
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
        assertEquals("--script: Fault script names request 2+ twice", refusal(b -> b.script("503+@2,401+@2")));
        assertEquals("--script: Bad fault script entry '401+': expected KIND@N (request N) or KIND+@N (every request "
                + "from N on), comma-separated, with KIND one of 500, 502, 503, 401, 429, reset, garbage, slow and N a "
                + "request number from 1", refusal(b -> b.script("401+")));
        assertEquals("the handler thread count must be 1 or more, got 0", refusal(b -> b.threads(0)));
    }

    @Test
    void boundsThemselvesAreAccepted() {
        SandboxConfig c = SandboxConfig.builder().port(65535).requestsPerMinute(1).requestsPerSecond(0).failRate(0.5)
                .resetRate(0.25).garbageRate(0.25).slowRate(0).latency(Duration.ZERO).threads(1)
                .script(" 503@1 , reset@2, 401+@4 ").build();
        assertEquals(65535, c.port());
        assertEquals(Map.of(1L, FaultKind.HTTP_503, 2L, FaultKind.RESET), c.scriptedFaults().once());
        assertEquals(Map.of(4L, FaultKind.HTTP_401), c.scriptedFaults().persistent());
        assertEquals(FaultScript.NONE, SandboxConfig.builder().script(null).build().scriptedFaults());
        assertEquals(SandboxConfig.DEFAULT_REQUESTS_PER_MINUTE, SandboxConfig.builder().build().requestsPerMinute());
    }
}
