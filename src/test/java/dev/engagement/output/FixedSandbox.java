package dev.engagement.output;

import dev.engagement.cli.SandboxFixture;
import dev.engagement.sandbox.SandboxConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A loopback sandbox frozen at one instant with a fixed seed, so every run gives the same bytes:
 * the base of the golden-file tests. OAuth timestamp checks are off (the clock never moves).
 */
public final class FixedSandbox {
    public static final Instant NOW = Instant.parse("2026-11-20T12:34:56Z");

    private FixedSandbox() {
    }

    public static SandboxFixture start() {
        return new SandboxFixture(SandboxConfig.builder().seed(1).timestampTolerance(Duration.ZERO), NOW);
    }

    public static String lines(List<Long> ids) {
        return SandboxFixture.lines(ids);
    }
}
