package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a newcomer meets first: the plan, the files written, the words of the messages. */
class NewcomerTest {
    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();

    static final String IDS = SandboxFixture.lines(fx.ownedIds(300, Duration.ofDays(3)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "totals|2 batches of up to 250|2 requests",
        "28hr|12 batches of up to 25|12 requests",
        "historical --start 60d|12 batches of up to 25|36 requests"})
    void theDryRunPlanCountsTheRequestsOnEveryEndpointAndIsData(String command, String batches, String requests) {
        long before = fx.sandbox.requestsHandled();
        String[] args = (command + " --dry-run -q").split(" ");
        Cli.Result r = fx.cli().stdin(IDS).run(args);
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().contains("300 Tweet IDs in " + batches) && r.out().contains(requests), r.out());
        assertEquals("", r.err(), "-q keeps stderr quiet, and the plan is on stdout");
        assertEquals(before, fx.sandbox.requestsHandled(), "nothing sent");
    }

    @Test
    void outputFilesFollowTheUmaskAndKeepAnExistingFilesMode(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("fresh.csv");
        Path ids = Files.writeString(dir.resolve("ids.txt"), IDS);
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", "umask 022 && exec \"$0\" -cp \"$1\" "
                + Main.class.getName() + " totals --sandbox -q -f csv -o \"$2\" \"$3\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"),
                fresh.toString(), ids.toString());
        pb.environment().put("XDG_STATE_HOME", dir.toString());
        Process p = pb.inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)), "umask 022");

        Path shared = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, fx.cli().stdin(IDS).run("totals", "-f", "csv", "-o", shared.toString()).exitCode());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)),
                "an existing file keeps its mode");
        assertTrue(Files.readString(shared).startsWith("grouping,"));
    }

    @Test
    void countsInMessagesReadNaturally() {
        Cli.Result r = fx.cli().stdin(IDS + IDS.lines().findFirst().orElseThrow() + "\n").run("totals", "-f", "json");
        assertTrue(r.err().contains("300 Tweet IDs read (1 duplicate dropped)"), r.err());
        String many = SandboxFixture.lines(fx.ownedIds(1200, Duration.ofDays(3)));
        Cli.Result big = fx.cli().stdin(many).run("totals", "-f", "json");
        assertTrue(big.err().contains("1,200 Tweet IDs read (0 duplicates dropped), 5 requests"), big.err());
    }
}
