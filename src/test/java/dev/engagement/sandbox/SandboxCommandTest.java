package dev.engagement.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.cli.SandboxCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code engagement sandbox}: options to config, usage errors, export lines, serving until stopped. */
class SandboxCommandTest {

    private static SandboxCommand parse(PrintStream out, String... args) {
        SandboxCommand cmd = new SandboxCommand(out, Clock.fixed(SandboxFixture.NOW, ZoneOffset.UTC));
        new CommandLine(cmd).parseArgs(args);
        return cmd;
    }

    @Test
    void optionsBecomeTheConfig() {
        SandboxConfig c = parse(System.out, "--port", "0", "--seed", "9", "--requests-per-minute", "30", "--requests-per-second", "5", "--latency",
                "50ms", "--latency-jitter", "2s", "--fail-rate", "0.1", "--reset-rate", "0.2", "--garbage-rate", "0.3",
                "--slow-rate", "0.4", "--slow-delay", "1m", "--script", "503@2,reset@3", "--legacy-forbidden-wording",
                "--no-media-clicks", "--hour-layout", "day-hour", "--timestamp-tolerance", "0",
                "--ignore-group-key-case", "--unavailable-error").config();
        assertEquals(0, c.port());
        assertEquals(9, c.seed());
        assertEquals(30, c.requestsPerMinute());
        assertEquals(5, c.requestsPerSecond());
        assertEquals(Duration.ofMillis(50), c.latency());
        assertEquals(Duration.ofSeconds(2), c.latencyJitter());
        assertEquals(0.1, c.failRate());
        assertEquals(0.2, c.resetRate());
        assertEquals(0.3, c.garbageRate());
        assertEquals(0.4, c.slowRate());
        assertEquals(Duration.ofMinutes(1), c.slowDelay());
        assertEquals(Map.of(2L, FaultKind.HTTP_503, 3L, FaultKind.RESET), c.scriptedFaults().once());
        assertTrue(c.legacyForbiddenWording());
        assertEquals(false, c.acceptMediaClicks());
        assertEquals(SandboxConfig.HourLayout.DAY_THEN_HOUR, c.hourLayout());
        assertEquals(null, c.timestampTolerance());
        assertEquals(false, c.strictGroupKeyCase());
        assertTrue(c.addUnavailableError());
        SandboxConfig d = parse(System.out).config();
        assertEquals(8080, d.port());
        assertEquals(Duration.ofSeconds(300), d.timestampTolerance());
        assertEquals(SandboxConfig.HourLayout.HOUR_OF_DAY, d.hourLayout());
        assertTrue(d.acceptMediaClicks());
    }

    @Test
    void badValuesAreUsageErrors() {
        for (String[] args : new String[][] {{"--latency", "fast"}, {"--fail-rate", "2"}, {"--script", "boom@1"},
            {"--port", "70000"}, {"--timestamp-tolerance", "5"}, {"--requests-per-minute", "-1"}}) {
            EngagementException e = assertThrows(EngagementException.class, () -> parse(System.out, args).config(),
                    String.join(" ", args));
            assertEquals(ExitCode.USAGE, e.exitCode());
        }
        assertThrows(CommandLine.ParameterException.class, () -> parse(System.out, "--hour-layout", "weekly"));
    }

    @Test
    void aBoundRefusedByTheConfigIsOneUsageSentence() {
        EngagementException e = assertThrows(EngagementException.class,
                () -> parse(System.out, "--port", "70000").config());
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--port must be 0..65535, got 70000.", e.getMessage());
        assertEquals("--slow-rate must be between 0 and 1, got 1.5.",
                assertThrows(EngagementException.class, () -> parse(System.out, "--slow-rate", "1.5").config())
                        .getMessage());
    }

    @Test
    void helpHasAnExample() {
        String help = new CommandLine(new SandboxCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.contains("Examples:"), help);
        assertTrue(help.contains("engagement sandbox --port"), help);
    }

    @Test
    void printsExportLinesAndServesUntilStopped() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        SandboxCommand cmd = parse(out, "--port", "0", "--seed", "42");
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> run = pool.submit(cmd::call);
            Map<String, String> env = new HashMap<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (env.size() < 6 && System.nanoTime() < deadline) {
                env.clear();
                for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
                    if (line.startsWith("export ")) {
                        String[] kv = line.substring(7).split("=", 2);
                        env.put(kv[0], kv[1].replace("'", ""));
                    }
                }
                Thread.sleep(10);
            }
            assertEquals(SandboxCredentials.DEFAULT.consumerKey(), env.get("ENGAGEMENT_CONSUMER_KEY"));
            assertEquals(SandboxCredentials.DEFAULT.consumerSecret(), env.get("ENGAGEMENT_CONSUMER_SECRET"));
            assertEquals(SandboxCredentials.DEFAULT.accessToken(), env.get("ENGAGEMENT_ACCESS_TOKEN"));
            assertEquals(SandboxCredentials.DEFAULT.accessTokenSecret(), env.get("ENGAGEMENT_ACCESS_TOKEN_SECRET"));
            assertEquals(SandboxCredentials.DEFAULT.bearerToken(), env.get("ENGAGEMENT_BEARER_TOKEN"));
            String url = env.get("ENGAGEMENT_API_URL");
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/insights/engagement"), url);
            int port = Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1"));
            RawHttp.Response r = RawHttp.send(port, "POST", "/insights/engagement/totals",
                    Map.of("Authorization", "Bearer " + env.get("ENGAGEMENT_BEARER_TOKEN"), "Accept-Encoding", "gzip"),
                    "{}".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, r.status(), "served and authenticated: " + r.body());
            cmd.stop();
            assertEquals(0, run.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
