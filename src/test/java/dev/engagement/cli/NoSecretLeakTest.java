package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.engagement.app.RunContext;
import dev.engagement.app.Terminals;
import dev.engagement.config.Credentials;
import dev.engagement.config.Profile;
import dev.engagement.config.ProfileField;
import dev.engagement.sandbox.SandboxCredentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command, in success and failure, verbose and not, with distinctive secrets, and
 * checks that no consumer secret, access-token secret or bearer token reaches stdout or stderr
 * (help, errors, stack traces, verbose lines). The only exception is the token command's stdout,
 * whose purpose is to print the token it obtained.
 */
class NoSecretLeakTest {
    /** Made-up secrets: no window of 5 characters of them occurs in normal output. */
    static final String CONSUMER_SECRET = "Zq9XvK2mWp7LtR4nBc8HjY";
    static final String TOKEN_SECRET = "Jf3Ry8QwLp2VnX6sDk4TgU";
    static final String BEARER = "AAAAMm7Kq2Wz9Xr4Tn6Vb8Pc3Ld5Gh";
    static final List<String> MADE_UP = List.of(CONSUMER_SECRET, TOKEN_SECRET, BEARER);

    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();
    static final SandboxCredentials sc = fx.sandbox.credentials();
    static final String ids = SandboxFixture.lines(fx.ownedIds(20, Duration.ofDays(5)));

    @TempDir
    Path home;

    /** Every secret a run here can know; the sandbox's are checked whole, the made-up ones by any 5 characters. */
    static void assertNoSecret(String where, String text) {
        for (String s : List.of(sc.consumerSecret(), sc.accessTokenSecret(), sc.otherAccessTokenSecret(), sc.bearerToken())) {
            if (text.contains(s)) {
                fail(where + " shows a sandbox secret:\n" + text);
            }
        }
        assertNoMadeUpSecret(where, text);
    }

    /**
     * The made-up secrets only: help runs with these in the environment, and may document the
     * sandbox's fixed test credentials (they are public test values, not anybody's secrets).
     */
    static void assertNoMadeUpSecret(String where, String text) {
        for (String s : MADE_UP) {
            for (int i = 0; i + 5 <= s.length(); i++) {
                if (text.contains(s.substring(i, i + 5))) {
                    fail(where + " shows part of a secret (" + s.substring(i, i + 5) + "):\n" + text);
                }
            }
        }
    }

    Cli.Result check(Cli cli, String... args) {
        return check(cli, false, args);
    }

    Cli.Result check(Cli cli, boolean stdoutIsTheToken, String... args) {
        Cli.Result r = cli.run(args);
        String what = String.join(" ", args);
        if (!stdoutIsTheToken) {
            assertNoSecret(what + " (stdout)", r.out());
        }
        assertNoSecret(what + " (stderr)", r.err());
        return r;
    }

    /** Good sandbox credentials, bearer token included, in the environment. */
    Cli good() {
        return fx.cli().env("HOME", home.toString()).env("ENGAGEMENT_BEARER_TOKEN", sc.bearerToken()).stdin(ids);
    }

    /** The sandbox's URL and keys with made-up secrets, so every login fails. */
    Cli wrong() {
        return good().env("ENGAGEMENT_CONSUMER_SECRET", CONSUMER_SECRET).env("ENGAGEMENT_ACCESS_TOKEN_SECRET", TOKEN_SECRET)
                .env("ENGAGEMENT_BEARER_TOKEN", BEARER);
    }

    @Test
    void fetchesSucceedingAndFailingVerboseOrNot() {
        for (Cli cli : List.of(good(), wrong())) {
            boolean ok = cli.run("totals", "-q").exitCode() == 0;
            for (String[] args : List.of(new String[] {"totals"}, new String[] {"totals", "-v"},
                    new String[] {"totals", "-v", "-m", "favorites"}, new String[] {"totals", "-v", "--auth", "bearer"},
                    new String[] {"totals", "-v", "--auth", "app", "-m", "retweets"},
                    new String[] {"28hr", "-v", "-f", "csv"}, new String[] {"historical", "-v", "--start", "3d"},
                    new String[] {"historical", "-v", "--start", "3d", "--top", "3", "-f", "table"},
                    new String[] {"totals", "--dry-run", "-v"}, new String[] {"28hr", "--auth", "bearer", "-v"})) {
                Cli.Result r = check(cli, args);
                if (args.length > 1 && args[1].equals("--dry-run")) {
                    continue;
                }
                if (ok) {
                    assertTrue(r.exitCode() == 0 || args[0].equals("28hr") && r.exitCode() == 3, r.toString());
                } else {
                    assertEquals(3, r.exitCode(), String.join(" ", args) + "\n" + r);
                }
            }
        }
    }

    @Test
    void refusalsBeforeAnyRequestAndUsageErrors() {
        Cli bearerOnly = new Cli().clock(fx.clock).env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_BEARER_TOKEN", BEARER).env("ENGAGEMENT_CONSUMER_SECRET", CONSUMER_SECRET).stdin(ids);
        for (String[] args : List.of(new String[] {"28hr", "-v"}, new String[] {"totals", "-m", "impressions", "-v"},
                new String[] {"totals", "--auth", "user", "-v"}, new String[] {"totals", "--bogus"},
                new String[] {"totals", "-m", "nonsense"}, new String[] {"28hr", "-g", "x"},
                new String[] {"historical", "--start", "yesterday-ish"}, new String[] {"totals", "--auth", "sideways"},
                new String[] {"totals", "--profile", "missing"}, new String[] {"totals", "--profile", "bad name"},
                new String[] {"totals", "--api-url", "not a url"}, new String[] {"nonsense"}, new String[0],
                new String[] {"token", "--auth-url", "ftp://x"}, new String[] {"token", "--bogus"},
                new String[] {"configure", "--list", "--consumer-key", "k"})) {
            Cli.Result r = check(bearerOnly, args);
            assertTrue(r.exitCode() == 2 || r.exitCode() == 3, String.join(" ", args) + "\n" + r);
        }
    }

    @Test
    void everyHelpAndVersionWithSecretsInTheEnvironment() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RunContext ctx = new RunContext(sink, new PrintStream(sink), new ByteArrayInputStream(new byte[0]), Map.of(),
                fx.clock, d -> { }, dev.engagement.app.StopSignal.manual(), Terminals.NONE);
        TreeSet<String> commands = new TreeSet<>(EngagementCommand.commandLine(ctx).getSubcommands().keySet());
        assertTrue(commands.containsAll(List.of("totals", "28hr", "historical", "configure", "token")), commands.toString());
        Cli cli = wrong().env("ENGAGEMENT_PROFILE", "default");
        List<String[]> runs = new ArrayList<>(List.of(new String[] {"--help"}, new String[] {"--version"}));
        commands.forEach(c -> runs.add(new String[] {c, "--help"}));
        for (String[] args : runs) {
            Cli.Result r = cli.run(args);
            assertEquals(0, r.exitCode(), String.join(" ", args) + "\n" + r);
            assertFalse(r.out().isBlank(), String.join(" ", args));
            assertNoMadeUpSecret(String.join(" ", args), r.out() + r.err());
        }
    }

    @Test
    void configureListAndProfileRuns() {
        Cli cli = new Cli().clock(fx.clock).env("HOME", home.toString());
        Cli.Result saved = check(cli.stdin("consumer_key=" + sc.consumerKey() + "\nconsumer_secret=" + CONSUMER_SECRET
                + "\naccess_token=" + sc.accessToken() + "\naccess_token_secret=" + TOKEN_SECRET + "\napi_url="
                + fx.sandbox.baseUrl() + "\n"), "configure", "--secrets-from-stdin");
        assertEquals(0, saved.exitCode(), saved.toString());
        Cli.Result flags = check(cli.stdin(""), "configure", "--profile", "flags", "--api-url", fx.sandbox.baseUrl().toString(), "--bearer-token", BEARER,
                "--consumer-secret", CONSUMER_SECRET, "--access-token-secret", TOKEN_SECRET);
        assertEquals(0, flags.exitCode(), flags.toString());
        Cli.Result badLine = check(cli.stdin(CONSUMER_SECRET + "\n"), "configure", "--secrets-from-stdin");
        assertEquals(2, badLine.exitCode());
        Cli.Result badValue = check(cli.stdin("consumer_secret=" + CONSUMER_SECRET + " " + TOKEN_SECRET + "\n"),
                "configure", "--secrets-from-stdin");
        assertEquals(2, badValue.exitCode());
        Cli.Result list = check(cli.env("ENGAGEMENT_CONSUMER_SECRET", CONSUMER_SECRET), "configure", "--list");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains(Credentials.mask(BEARER)), list.out());
        for (String[] args : List.of(new String[] {"28hr", "-v"}, new String[] {"totals", "-v", "-m", "favorites"},
                new String[] {"totals", "-v", "--profile", "flags", "--auth", "bearer"},
                new String[] {"token", "-v", "--auth-url", fx.sandbox.authUrl().toString()},
                new String[] {"token", "-v", "--save", "--auth-url", fx.sandbox.authUrl().toString()})) {
            Cli.Result r = check(cli.stdin(ids), args);
            assertEquals(3, r.exitCode(), String.join(" ", args) + "\n" + r);
        }
    }

    @Test
    void theTokenCommandPrintsTheTokenOnStdoutOnly() {
        Cli cli = good();
        String authUrl = fx.sandbox.authUrl().toString();
        Cli.Result printed = check(cli, true, "token", "-v", "--auth-url", authUrl);
        assertEquals(sc.bearerToken() + "\n", printed.out());
        Cli.Result saved = check(cli, "token", "-v", "--save", "--auth-url", authUrl);
        assertEquals(0, saved.exitCode(), saved.toString());
        Cli.Result list = check(cli, "configure", "--list");
        assertTrue(list.out().contains(Credentials.mask(sc.bearerToken())), list.out());
        Cli.Result unreachable = check(cli, "token", "-v", "--auth-url", "http://127.0.0.1:1");
        assertEquals(1, unreachable.exitCode(), unreachable.toString());
    }

    @Test
    void toStringsHideSecrets() {
        assertNoSecret("Credentials", new Credentials("k", CONSUMER_SECRET, "t", TOKEN_SECRET, BEARER).toString());
        assertNoSecret("Profile", new Profile("p", Map.of(ProfileField.CONSUMER_SECRET, CONSUMER_SECRET,
                ProfileField.BEARER_TOKEN, BEARER)).toString());
        assertNoSecret("mask", Credentials.mask(CONSUMER_SECRET) + Credentials.mask(BEARER) + Credentials.mask(TOKEN_SECRET));
    }
}
