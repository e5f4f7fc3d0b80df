package dev.engagement.console;

import dev.engagement.cli.SandboxFixture;
import dev.engagement.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.app.RunContext;
import dev.engagement.cli.Main;
import dev.engagement.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.engagement.output.FixedSandbox;

/** The progress bar: its text at various widths, and when it is drawn at all. */
class ProgressTest {
    static ProgressLine.State state(long batches, Duration elapsed, Duration waiting) {
        return new ProgressLine.State(batches, 8, batches * 25, 200, batches + 1, 2, elapsed, waiting);
    }

    @Test
    void fullLineOnAWideTerminal() {
        assertEquals("[#########               ] 3/8 batches  75/200 IDs  4 req/min  ETA 1:40  2 retries",
                ProgressLine.render(state(3, Duration.ofMinutes(1), null), 120));
        assertEquals("[                        ] 0/8 batches  0/200 IDs  ETA --:--  2 retries",
                ProgressLine.render(state(0, Duration.ZERO, null), 120), "no rate or ETA before there is anything to go by");
        assertEquals("[########################] 8/8 batches  200/200 IDs  ETA 0:00  2 retries  waiting 1:05:00",
                ProgressLine.render(new ProgressLine.State(8, 8, 200, 200, 9, 2, Duration.ofMillis(500),
                        Duration.ofMinutes(65)), 120));
    }

    @Test
    void narrowTerminalsDropTheLeastUsefulPartsAndNeverWrap() {
        for (int width = 1; width <= 120; width++) {
            String line = ProgressLine.render(state(3, Duration.ofMinutes(1), Duration.ofSeconds(12)), width);
            assertTrue(line.length() <= Math.max(1, width - 1), width + ": '" + line + "'");
        }
        assertEquals("[###     ] 3/8 batches  75/200 IDs  ETA 1:40  2 retries  waiting 0:12",
                ProgressLine.render(state(3, Duration.ofMinutes(1), Duration.ofSeconds(12)), 70));
        assertEquals("[###      ] 3/8 batches  ETA 1:40  waiting 0:12",
                ProgressLine.render(state(3, Duration.ofMinutes(1), Duration.ofSeconds(12)), 48));
        assertEquals("3/8 batches  waiting 0:12",
                ProgressLine.render(state(3, Duration.ofMinutes(1), Duration.ofSeconds(12)), 30));
    }

    static String drive(boolean terminal, boolean quiet, boolean verbose) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:34:56Z"));
        Reporter reporter = new Reporter(new PrintStream(err, true, StandardCharsets.UTF_8),
                quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL, false);
        try (Progress progress = new Progress(reporter, clock, ProgressMode.AUTO.resolve(terminal,
                quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL), 100, new Progress.Totals(2, 50))) {
            clock.advance(Duration.ofSeconds(30));
            progress.answered(new Progress.Answer("totals", 25, 200, Duration.ofMillis(80), null, null));
            progress.batchDone(25);
            clock.advance(Duration.ofSeconds(1));
            progress.answered(new Progress.Answer("totals", 25, 200, Duration.ofMillis(80), null, null));
            clock.advance(Duration.ofMillis(50));
            progress.batchDone(25);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void drawnInPlaceOnATerminalAndErasedAtTheEnd() {
        String err = drive(true, false, false);
        assertTrue(err.startsWith("\r[                        ] 0/2 batches  0/50 IDs  2 req/min  ETA --:--  0 retries\u001b[K"), err);
        assertTrue(err.contains("\r[############            ] 1/2 batches"), "redrawn after a while: " + err);
        assertEquals(3, err.split("\r\\[", -1).length - 1, "not redrawn within 200 ms, except for the last batch: " + err);
        assertTrue(err.contains("\r[########################] 2/2 batches  50/50 IDs"), "the last is always drawn: " + err);
        assertTrue(err.endsWith("\r\u001b[K"), "erased when done: " + err);
        assertFalse(err.contains("\n"), "never a new line: " + err);
    }

    @Test
    void noBarWhenNotATerminalNorQuietNorVerbose() {
        assertFalse(drive(false, false, false).contains("["));
        assertEquals("", drive(true, true, false));
        assertFalse(drive(true, false, true).contains("["), "verbose prints request lines instead");
    }

    @Test
    void plainLinesForLogsAtEveryTenthAndEveryMinute() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:34:56Z"));
        Reporter reporter = new Reporter(new PrintStream(err, true, StandardCharsets.UTF_8), Verbosity.NORMAL, false);
        try (Progress progress = new Progress(reporter, clock, ProgressMode.AUTO.resolve(false, Verbosity.NORMAL), 80,
                new Progress.Totals(100, 2500))) {
            for (int batch = 1; batch <= 100; batch++) {
                clock.advance(Duration.ofSeconds(batch <= 5 ? 70 : 1));
                progress.answered(new Progress.Answer("totals", 25, 200, Duration.ofMillis(80), null, null));
                progress.batchDone(25);
            }
        }
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("progress: ")), lines.toString());
        assertEquals("progress: 1/100 batches (1 %), 25/2,500 IDs, 1 req/min, ETA 1:55:30, 0 retries, 0 waits",
                lines.get(0), "the first minute is reported");
        assertEquals(5 + 10, lines.size(), "each of the five slow minutes, then each tenth: " + lines);
        assertTrue(lines.get(lines.size() - 1).startsWith("progress: 100/100 batches (100 %)"));
        assertEquals("", driveWith(ProgressMode.NONE));
    }

    static String driveWith(ProgressMode mode) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:34:56Z"));
        Reporter reporter = new Reporter(new PrintStream(err, true, StandardCharsets.UTF_8), Verbosity.NORMAL, false);
        try (Progress progress = new Progress(reporter, clock, mode.resolve(true, Verbosity.NORMAL), 80,
                new Progress.Totals(2, 50))) {
            progress.batchDone(25);
            progress.batchDone(25);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void throughTheCommandLine() {
        try (SandboxFixture fx = FixedSandbox.start()) {
            String ids = FixedSandbox.lines(fx.ownedIds(30, Duration.ofDays(3)));
            // stderr a terminal, quiet, bar expected
            for (List<Boolean> c : List.of(List.of(true, false, true), List.of(true, true, false),
                    List.of(false, false, false))) {
                boolean terminal = c.get(0);
                boolean quiet = c.get(1);
                Cli.Result r = fx.cli().terminals(false, false, terminal).stdin(ids)
                        .run(quiet ? new String[] {"28hr", "-m", "favorites", "-q"} : new String[] {"28hr", "-m", "favorites"});
                assertEquals(0, r.exitCode(), r.toString());
                assertEquals(c.get(2), r.err().contains("\r["), c + ": " + r.err());
                assertEquals(!quiet, r.err().contains("Done in"), r.err());
                assertFalse(r.out().contains("\r") || r.out().contains("batches"), "stdout is data only");
                if (quiet) {
                    assertEquals("", r.err());
                }
            }
        }
    }

    @Test
    void theBarIsErasedBeforeTheDataWhenBothGoToOneTerminal() {
        try (SandboxFixture fx = FixedSandbox.start()) {
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            RunContext ctx = new RunContext(screen, new PrintStream(screen, true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream(FixedSandbox.lines(fx.ownedIds(30, Duration.ofDays(3)))
                            .getBytes(StandardCharsets.UTF_8)),
                    fx.environment(), fx.clock, d -> { }, dev.engagement.app.StopSignal.manual(), new dev.engagement.app.Terminals(false, true, true, 100));
            assertEquals(0, Main.run(ctx, "totals", "-m", "favorites", "-f", "table"));
            String text = screen.toString(StandardCharsets.UTF_8);
            int erased = text.lastIndexOf("\r" + Progress.ERASE_TO_END);
            assertTrue(text.startsWith("\r["), text);
            assertTrue(erased >= 0 && erased < text.indexOf("by_tweet"), "erased before the table: " + text);
        }
    }
}
