package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every run has a journal: resumed without asking, never trusted when damaged, and the source of every output. */
class JournalEndToEndTest {
    static final String[] HOURS = {"28hr", "-f", "json", "-m", "impressions,favorites"};

    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture(SandboxConfig.builder().timestampTolerance(Duration.ZERO));

    static final List<Long> IDS = fx.ownedIds(150, Duration.ofDays(1));
    static final String LINES = SandboxFixture.lines(IDS);

    /** The output of an uninterrupted run of {@code args} on a journal of its own. */
    static String clean(String... args) {
        Cli.Result r = fx.cli().stdin(LINES).run(args);
        assertEquals(0, r.exitCode(), r.toString());
        return r.out();
    }

    static Path onlyJournal(Cli cli) throws IOException {
        try (var files = Files.list(cli.journals())) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    /** Runs paced, and acts as Ctrl-C at the second pacing wait: two batches of six are fetched. */
    static Cli.Result stoppedAfterTwoBatches(Cli cli) {
        return stoppedAfterTwoBatches(cli.stdin(LINES), HOURS);
    }

    /** {@link #stoppedAfterTwoBatches(Cli)} of {@code args}, with {@code --requests-per-minute 600} added. */
    static Cli.Result stoppedAfterTwoBatches(Cli cli, String... args) {
        int[] waits = {0};
        cli.sleeper(d -> {
            if (++waits[0] == 2) {
                cli.stop.request();
            }
        });
        Cli.Result r = cli.run(paced(args));
        assertEquals(130, r.exitCode(), r.toString());
        cli.sleeper(d -> { });
        return r;
    }

    static String[] paced(String... args) {
        List<String> paced = new ArrayList<>(List.of(args));
        paced.addAll(List.of("--requests-per-minute", "600"));
        return paced.toArray(new String[0]);
    }

    @Test
    void aStoppedRunIsResumedByTheSameCommandAndSaysSo() throws IOException {
        Cli cli = fx.cli();
        Cli.Result stopped = stoppedAfterTwoBatches(cli);
        assertTrue(stopped.err().contains("run the same command again to continue from the journal " + onlyJournal(cli)),
                stopped.err());
        long before = fx.sandbox.requestsHandled();
        Cli.Result resumed = cli.stdin(LINES).run(HOURS);
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertEquals(4, fx.sandbox.requestsHandled() - before, "only the four batches not fetched");
        assertTrue(resumed.err().contains("Resuming from the journal " + onlyJournal(cli) + ": 2 of 6 batches"),
                resumed.err());
        assertTrue(resumed.err().contains("2 batches were taken from the journal, not fetched again."), resumed.err());
        assertEquals(clean(HOURS), resumed.out());
    }

    @Test
    void aJournalWhoseHeaderIsNotAsciiIsWrittenAsUtf8AndResumed(@TempDir Path dir) throws IOException {
        String names = System.getProperty("sun.jnu.encoding", "");
        Assumptions.assumeTrue(names.equalsIgnoreCase("UTF-8"), "file names here are " + names
                + ", not UTF-8: a file cannot be given a name outside ASCII");
        Path input = dir.resolve("donn\u00e9es \uD83D\uDCC8.txt");
        Files.writeString(input, LINES);
        String[] args = Arrays.copyOf(HOURS, HOURS.length + 1);
        args[HOURS.length] = input.toString();
        Cli cli = fx.cli();
        stoppedAfterTwoBatches(cli, args);
        String header = Files.readAllLines(onlyJournal(cli), StandardCharsets.UTF_8).get(0);
        assertTrue(header.contains(input.getFileName().toString()), header);

        long before = fx.sandbox.requestsHandled();
        Cli.Result resumed = cli.run(paced(args));
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertEquals(4, fx.sandbox.requestsHandled() - before, "only the four batches not fetched");
        assertEquals(clean(HOURS), resumed.out());
    }

    @Test
    void aCompletedRunIsNeverReplayedTheNextRunFetchesEverything() {
        Cli cli = fx.cli().stdin(LINES);
        assertEquals(0, cli.run(HOURS).exitCode());
        long before = fx.sandbox.requestsHandled();
        Cli.Result again = cli.run(HOURS);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(6, fx.sandbox.requestsHandled() - before);
        assertFalse(again.err().contains("Resuming"), again.err());
    }

    @Test
    void aCompletedJournalIsStartedOverFromItsEndsWithoutReadingItsBatches() throws IOException {
        Cli cli = fx.cli().stdin(LINES);
        assertEquals(0, cli.run(HOURS).exitCode());
        Path journal = onlyJournal(cli);
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        assertTrue(lines.get(lines.size() - 1).startsWith("{\"end\":\"complete\""), lines.get(lines.size() - 1));
        // Never read, so never found: the run starts over as from any completed journal.
        lines.set(3, lines.get(3).replaceFirst("\"impressions\":(\\d)", "\"impressions\":9$1"));
        Files.writeString(journal, String.join("\n", lines) + "\n");
        long before = fx.sandbox.requestsHandled();
        Cli.Result again = cli.run(HOURS);
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(6, fx.sandbox.requestsHandled() - before);
        assertFalse(again.err().contains("Resuming") || again.err().contains("checksum"), again.err());
        assertEquals(clean(HOURS), again.out());

        // Its header is still read: a completed journal of another command is refused as before.
        Cli.Result other = cli.run("totals", "--journal", journal.toString());
        assertEquals(2, other.exitCode(), other.toString());
        assertTrue(other.err().contains("belongs to another command"), other.err());
    }

    @Test
    void anIncompleteJournalOlderThanTheResumeWindowIsStartedOverWithANote() {
        Cli cli = fx.cli();
        stoppedAfterTwoBatches(cli);
        cli.clock(Clock.fixed(fx.now.plus(Duration.ofHours(25)), ZoneOffset.UTC));
        long before = fx.sandbox.requestsHandled();
        Cli.Result later = cli.stdin(LINES).run(HOURS);
        assertEquals(0, later.exitCode(), later.toString());
        assertEquals(6, fx.sandbox.requestsHandled() - before);
        assertTrue(later.err().contains("Started fresh:") && later.err().contains("more than --resume-within 1d ago"),
                later.err());
        cli.clock(fx.clock);
        stoppedAfterTwoBatches(cli);
        assertTrue(cli.run(HOURS[0], HOURS[1], HOURS[2], HOURS[3], HOURS[4], "--fresh").err()
                .contains("Starting over: --fresh"));
    }

    @Test
    void aDamagedRecordIsNeverReplayedAndATornLastLineIsFetchedAgain() throws IOException {
        Cli cli = fx.cli();
        stoppedAfterTwoBatches(cli);
        Path journal = onlyJournal(cli);
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        String good = String.join("\n", lines) + "\n";
        List<String> damagedLines = new ArrayList<>(lines);
        damagedLines.set(1, lines.get(1).replaceFirst("\"impressions\":(\\d)", "\"impressions\":9$1"));
        Files.writeString(journal, String.join("\n", damagedLines) + "\n");
        Cli.Result damaged = cli.stdin(LINES).run(HOURS);
        assertEquals(2, damaged.exitCode(), damaged.toString());
        assertTrue(damaged.err().contains(journal + ":2: its checksum does not match") && damaged.err().contains("--fresh"),
                damaged.err());
        assertEquals("", damaged.out());

        String firstTwo = String.join("\n", lines.subList(0, 2)) + "\n";
        Files.writeString(journal, firstTwo + lines.get(2).substring(0, 50));
        assertTrue(good.startsWith(firstTwo));
        assertTheBatchCutShortIsFetchedAgain(cli);
    }

    /** Runs {@link #HOURS} again on a journal whose third record was cut short: that batch is fetched again. */
    private static void assertTheBatchCutShortIsFetchedAgain(Cli cli) {
        long before = fx.sandbox.requestsHandled();
        Cli.Result torn = cli.stdin(LINES).run(HOURS);
        assertEquals(0, torn.exitCode(), torn.toString());
        assertEquals(5, fx.sandbox.requestsHandled() - before, "the batch cut short is fetched again");
        assertTrue(torn.err().contains("the last record was cut short"), torn.err());
        assertEquals(clean(HOURS), torn.out());
    }

    @Test
    void aJournalEndsAtItsLastLineWhenTheRunEndsStoppedOrComplete() throws IOException {
        Cli cli = fx.cli();
        stoppedAfterTwoBatches(cli);
        assertEndsAtItsLastLine(onlyJournal(cli));
        assertEquals(0, cli.stdin(LINES).run(HOURS).exitCode());
        assertEndsAtItsLastLine(onlyJournal(cli));
    }

    @Test
    void zerosAKilledRunLeftAfterItsLinesAreDroppedAndNotTakenForARecordCutShort() throws IOException {
        Cli cli = fx.cli();
        stoppedAfterTwoBatches(cli);
        Path journal = onlyJournal(cli);
        Files.write(journal, new byte[200_000], StandardOpenOption.APPEND);
        Cli.Result export = fx.cli().run("export", journal.toString(), "-f", "json");
        assertEquals(0, export.exitCode(), export.toString());
        long before = fx.sandbox.requestsHandled();
        Cli.Result resumed = cli.stdin(LINES).run(HOURS);
        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertEquals(4, fx.sandbox.requestsHandled() - before, "only the four batches not recorded are fetched");
        assertTrue(resumed.err().contains("Resuming from") && !resumed.err().contains("cut short"), resumed.err());
        assertEquals(clean(HOURS), resumed.out());
        assertEndsAtItsLastLine(journal);
    }

    @Test
    void aRecordCutShortBeforeTheZerosIsFetchedAgainAndZerosBetweenLinesAreDamage() throws IOException {
        Cli cli = fx.cli();
        stoppedAfterTwoBatches(cli);
        Path journal = onlyJournal(cli);
        List<String> lines = Files.readAllLines(journal);
        byte[] firstTwo = (String.join("\n", lines.subList(0, 2)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] third = lines.get(2).getBytes(StandardCharsets.UTF_8);

        // The third record's end never reached the disk: zeros where its bytes belong, its newline among them.
        byte[] torn = Arrays.copyOf(firstTwo, firstTwo.length + third.length + 1 + 65_536);
        System.arraycopy(third, 0, torn, firstTwo.length, 40);
        torn[firstTwo.length + third.length] = '\n';
        Files.write(journal, torn);
        assertTheBatchCutShortIsFetchedAgain(cli);

        stoppedAfterTwoBatches(cli);
        lines = Files.readAllLines(journal);
        byte[] zeroed = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        Arrays.fill(zeroed, lines.get(0).length() + 10, lines.get(0).length() + 20, (byte) 0);
        Files.write(journal, zeroed);
        Cli.Result damaged = cli.stdin(LINES).run(HOURS);
        assertEquals(2, damaged.exitCode(), damaged.toString());
        assertTrue(damaged.err().contains(journal + ":2: it holds zero bytes") && damaged.err().contains("--fresh"),
                damaged.err());
    }

    private static void assertEndsAtItsLastLine(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        assertEquals('\n', bytes[bytes.length - 1]);
        for (byte b : bytes) {
            assertTrue(b != 0, "no zero byte is left in the journal");
        }
    }

    @Test
    void aSecondRunOnTheSameJournalIsRefused(@TempDir Path dir) throws IOException {
        Path journal = dir.resolve("run.journal");
        assertEquals(0, fx.cli().stdin(LINES).run("totals", "--journal", journal.toString()).exitCode());
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            long before = fx.sandbox.requestsHandled();
            Cli.Result second = fx.cli().stdin(LINES).run("totals", "--journal", journal.toString());
            assertEquals(2, second.exitCode(), second.toString());
            assertTrue(second.err().contains("Another run is using the journal " + journal), second.err());
            assertEquals(before, fx.sandbox.requestsHandled());
            assertTrue(held.isValid());
        }
    }

    @Test
    void aJournalPathThatIsAFolderOrNoJournalIsAUsageError(@TempDir Path dir) throws IOException {
        Cli.Result folder = fx.cli().stdin(LINES).run("totals", "--journal", dir.toString());
        assertEquals(2, folder.exitCode(), folder.toString());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list\n");
        Cli.Result other = fx.cli().stdin(LINES).run("totals", "--journal", notes.toString());
        assertEquals(2, other.exitCode(), other.toString());
        assertEquals("shopping list\n", Files.readString(notes), "a file that is not a journal is never overwritten");
        Cli.Result export = fx.cli().run("export", notes.toString());
        assertEquals(2, export.exitCode(), export.toString());
        assertTrue(export.err().contains("is not a journal of this tool"), export.err());
    }

    @Test
    void journalsAreReadableByTheirOwnerOnly() throws IOException {
        Cli cli = fx.cli();
        assertEquals(0, cli.stdin(LINES).run("totals").exitCode());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(onlyJournal(cli))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.journals())));
    }

    @Test
    void aFullDiskAtTheFinalWriteLosesNothingExportWritesItAgain() throws IOException {
        Cli cli = fx.cli().stdin(LINES).stdout(out -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        Cli.Result full = cli.run(HOURS);
        assertEquals(1, full.exitCode(), full.toString());
        Path journal = onlyJournal(cli);
        assertTrue(full.err().contains("No space left on device") && full.err().contains("engagement export " + journal),
                full.err());
        long before = fx.sandbox.requestsHandled();
        Cli.Result export = fx.cli().run("export", journal.toString(), "-f", "json");
        assertEquals(0, export.exitCode(), export.toString());
        assertEquals(before, fx.sandbox.requestsHandled(), "export sends nothing");
        assertEquals(clean(HOURS), export.out());
    }

    @Test
    void exportRendersAnyFormatAndAnotherTopN() throws IOException {
        Cli cli = fx.cli();
        assertEquals(0, cli.stdin(LINES).run("28hr", "-f", "csv", "-m", "impressions,favorites").exitCode());
        Path journal = onlyJournal(cli);
        assertEquals(clean(HOURS), fx.cli().run("export", journal.toString(), "-f", "json").out());
        assertEquals(clean("28hr", "-f", "csv", "-m", "impressions,favorites", "--wide", "--top", "3"),
                fx.cli().run("export", journal.toString(), "--wide", "--top", "3").out());
        Cli.Result runs = cli.run("runs");
        assertEquals(0, runs.exitCode(), runs.toString());
        assertTrue(runs.out().contains("6/6") && runs.out().contains("complete")
                && runs.out().contains("engagement 28hr -f csv -m impressions,favorites"), runs.out());
    }

    @Test
    void jsonLinesAreValidAtEveryMomentAndTheIdListFilesMatchTheJsonLists(@TempDir Path dir) throws IOException {
        List<Long> ids = new ArrayList<>(IDS);
        ids.addAll(fx.unownedIds(7, Duration.ofDays(1)));
        ids.addAll(fx.deletedIds(3, Duration.ofDays(1)));
        String lines = SandboxFixture.lines(ids);
        List<String> seen = new ArrayList<>();
        Cli.Result r = fx.cli().stdin(lines).stdout(out -> new FilterOutputStream(out) {
            private final StringBuilder sofar = new StringBuilder();

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                sofar.append(new String(b, off, len, StandardCharsets.UTF_8));
                assertTrue(sofar.charAt(sofar.length() - 1) == '\n', "every write ends a line");
                seen.add(sofar.toString());
            }
        }).run("28hr", "-f", "jsonl", "-m", "impressions", "--ids-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(seen.size() > 3, "written batch by batch: " + seen.size());
        for (String sofar : seen) {
            sofar.lines().forEach(line -> JsonParser.parseString(line).getAsJsonObject());
        }
        Cli.Result json = fx.cli().stdin(lines).run("28hr", "-f", "json", "-m", "impressions");
        JsonObject doc = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(set(doc.getAsJsonArray("forbidden_tweet_ids")), set(dir.resolve("forbidden.txt")));
        assertEquals(set(doc.getAsJsonArray("unavailable_tweet_ids")), set(dir.resolve("unavailable.txt")));
        assertEquals(7, set(dir.resolve("forbidden.txt")).size());
        assertEquals(Files.readString(dir.resolve("failed.txt")), "");
        long tweets = r.out().lines().filter(l -> l.contains("\"tweet_id\"")).count();
        assertEquals(doc.getAsJsonObject("by_tweet").size(), tweets);
    }

    @Test
    void killedAnywhereThenRunAgainWithoutAnyFlagGivesTheUninterruptedResult(@TempDir Path dir) throws Exception {
        Path idsFile = Files.writeString(dir.resolve("ids.txt"), SandboxFixture.lines(fx.ownedIds(400, Duration.ofDays(2))));
        String[] args = {"28hr", "-m", "impressions", "-f", "json", idsFile.toString()};
        try (SandboxFixture slow = new SandboxFixture(SandboxConfig.builder().latency(Duration.ofMillis(120)))) {
            String uninterrupted = slow.cli().run(args).out();
            for (int killAfter : new int[] {1, 9}) {
                Cli cli = slow.cli();
                Process child = child(slow, cli, args, dir.resolve("child.log"));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (recorded(cli) < killAfter && System.nanoTime() < deadline && child.isAlive()) {
                    Thread.sleep(5);
                }
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                long recorded = recorded(cli);
                assertTrue(recorded >= killAfter && recorded < 16, "recorded " + recorded + "; "
                        + Files.readString(dir.resolve("child.log")));
                long before = slow.sandbox.requestsHandled();
                Cli.Result resumed = cli.run(args);
                assertEquals(0, resumed.exitCode(), resumed.toString());
                long fetched = slow.sandbox.requestsHandled() - before;
                assertTrue(fetched <= 16 - recorded + 1, "fetched " + fetched + " after " + recorded + " recorded");
                assertEquals(uninterrupted, resumed.out());
            }
        }
    }

    @Test
    void onADiskWithoutRoomForTheZerosAheadTheJournalAppendsItsLinesAndTheRunCompletes(@TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs /bin/bash to limit a child's file size");
        Path idsFile = Files.writeString(dir.resolve("ids.txt"),
                SandboxFixture.lines(fx.ownedIds(2_000, Duration.ofDays(2))));
        Path roomy = dir.resolve("roomy.journal");
        Cli.Result clean = fx.cli().run("totals", "--journal", roomy.toString(), idsFile.toString());
        assertEquals(0, clean.exitCode(), clean.toString());
        long size = Files.size(roomy);
        // A file size limit (ulimit -f, in KiB) a little above the finished journal: its lines fit, the 64 KiB
        // to 1 MiB of zeros the journal writes ahead of them do not, and writing them fails as on a full disk.
        Path tight = dir.resolve("tight.journal");
        Cli cli = fx.cli();
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f " + (size / 1024 + 4)
                + " && exec \"$0\" \"$@\""));
        command.addAll(javaCommand("-XX:-UsePerfData"));
        command.addAll(List.of("totals", "--journal", tight.toString(), idsFile.toString()));
        ProcessBuilder pb = withSandbox(new ProcessBuilder(command), fx, cli);
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(0, child.exitValue(), err);
        assertEquals(clean.out(), out);
        assertEndsAtItsLastLine(tight);
        long before = fx.sandbox.requestsHandled();
        Cli.Result exported = cli.run("export", tight.toString());
        assertEquals(0, exported.exitCode(), exported.toString());
        assertEquals(0, fx.sandbox.requestsHandled() - before);
        assertEquals(clean.out(), exported.out(), "every batch is read back from the journal");
    }

    private static List<String> javaCommand(String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return command;
    }

    private static Process child(SandboxFixture sandbox, Cli cli, String[] args, Path log) throws IOException {
        List<String> command = javaCommand();
        command.addAll(List.of(args));
        ProcessBuilder pb = withSandbox(new ProcessBuilder(command), sandbox, cli);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    /** A child's environment that sends it to {@code sandbox}, with the state of {@code cli}. */
    private static ProcessBuilder withSandbox(ProcessBuilder pb, SandboxFixture sandbox, Cli cli) {
        SandboxCredentials c = sandbox.sandbox.credentials();
        pb.environment().put("ENGAGEMENT_API_URL", sandbox.sandbox.baseUrl().toString());
        pb.environment().put("ENGAGEMENT_CONSUMER_KEY", c.consumerKey());
        pb.environment().put("ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret());
        pb.environment().put("ENGAGEMENT_ACCESS_TOKEN", c.accessToken());
        pb.environment().put("ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret());
        pb.environment().put("XDG_STATE_HOME", cli.stateHome().toString());
        return pb;
    }

    /** Batch records in the command line's one journal so far. */
    private static long recorded(Cli cli) throws IOException {
        if (!Files.isDirectory(cli.journals())) {
            return 0;
        }
        try (var files = Files.list(cli.journals())) {
            List<Path> all = files.toList();
            if (all.isEmpty()) {
                return 0;
            }
            try (var lines = Files.lines(all.get(0))) {
                return lines.filter(l -> l.startsWith("{\"batch\":")).count();
            }
        }
    }

    private static TreeSet<String> set(JsonArray a) {
        TreeSet<String> s = new TreeSet<>();
        for (JsonElement e : a) {
            s.add(e.getAsString());
        }
        return s;
    }

    private static TreeSet<String> set(Path file) throws IOException {
        return new TreeSet<>(Files.readAllLines(file));
    }
}
