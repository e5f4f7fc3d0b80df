package dev.engagement.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.cli.SandboxCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code engagement sandbox --users N}: who owns which Tweet, the tokens, and {@code --print-config}. */
class SandboxUsersTest {
    @TempDir
    Path dir;

    @Test
    void oneUserIsTodaysSandboxAndNUsersShareEveryTweet() {
        Clock clock = Clock.fixed(SandboxFixture.NOW, ZoneOffset.UTC);
        SandboxData one = new SandboxData(1, clock);
        SandboxData three = new SandboxData(1, clock, 3);
        int[] owned = new int[3];
        for (long id = 1_500_000_000_000_000_000L; id < 1_500_000_000_000_030_000L; id++) {
            assertEquals(one.authorOf(id), new SandboxData(1, clock, 1).authorOf(id));
            long author = three.authorOf(id);
            assertTrue(author >= SandboxData.userId(1) && author <= SandboxData.userId(3), "no third party");
            owned[(int) (author - SandboxData.SANDBOX_USER_ID)]++;
        }
        for (int n : owned) {
            assertTrue(n > 9_500 && n < 10_500, "a third each: " + n);
        }
        assertEquals(SandboxData.OTHER_USER_ID, SandboxData.userId(2));
    }

    @Test
    void eachUserHasATokenOfItsOwn() {
        Set<String> tokens = new HashSet<>();
        for (int n = 1; n <= SandboxData.MAX_USERS; n++) {
            SandboxCredentials.User u = SandboxCredentials.DEFAULT.user(n);
            assertEquals(SandboxData.userId(n), u.userId());
            assertTrue(tokens.add(u.accessToken()));
            assertFalse(u.toString().contains(u.accessTokenSecret()));
        }
        assertEquals(SandboxCredentials.DEFAULT.accessToken(), SandboxCredentials.DEFAULT.user(1).accessToken());
    }

    @Test
    void theUserCountIsBounded() {
        for (String n : new String[] {"0", "1001", "-3"}) {
            SandboxCommand cmd = new SandboxCommand(System.out, Clock.systemUTC());
            new CommandLine(cmd).parseArgs("--users", n);
            EngagementException e = assertThrows(EngagementException.class, cmd::config);
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertEquals("--users must be 1..1000, got " + n + ".", e.getMessage());
        }
    }

    @Test
    void printConfigWritesEveryUsersProfileOwnerOnly() throws Exception {
        Path file = dir.resolve("conf/sandbox.properties");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        SandboxCommand cmd = new SandboxCommand(new PrintStream(buf, true, StandardCharsets.UTF_8),
                Clock.fixed(SandboxFixture.NOW, ZoneOffset.UTC));
        new CommandLine(cmd).parseArgs("--port", "0", "--users", "3", "--print-config", file.toString());
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> run = pool.submit(cmd::call);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!buf.toString(StandardCharsets.UTF_8).contains("ENGAGEMENT_BEARER_TOKEN") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(buf.toString(StandardCharsets.UTF_8).contains("3 users, all in " + file), buf.toString());
            String text = Files.readString(file);
            assertFalse(text.contains("Written by 'engagement configure'"), text);
            assertTrue(text.contains("engagement sandbox --print-config"), text);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Properties p = new Properties();
            p.load(new java.io.StringReader(text));
            SandboxCredentials c = SandboxCredentials.DEFAULT;
            assertEquals(c.consumerKey(), p.getProperty("profile.default.consumer_key"));
            assertTrue(p.getProperty("profile.default.api_url").matches("http://127\\.0\\.0\\.1:\\d+/insights/engagement"));
            for (int n = 1; n <= 3; n++) {
                assertEquals(c.user(n).accessToken(), p.getProperty("profile.user" + n + ".access_token"));
                assertEquals(c.user(n).accessTokenSecret(), p.getProperty("profile.user" + n + ".access_token_secret"));
                assertEquals(null, p.getProperty("profile.user" + n + ".consumer_key"), "taken from default");
            }
            assertEquals(null, p.getProperty("profile.user4.access_token"));
            cmd.stop();
            assertEquals(0, run.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }
}
