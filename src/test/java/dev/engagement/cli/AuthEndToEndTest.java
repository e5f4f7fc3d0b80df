package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.ExitCode;
import dev.engagement.config.Credentials;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxConfig;
import dev.engagement.sandbox.SandboxCredentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles, configure, precedence, auth choice, refusals and the token command, through the real
 * command line against the loopback sandbox.
 */
class AuthEndToEndTest {
    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();
    static final SandboxCredentials sc = fx.sandbox.credentials();
    static final String ids = SandboxFixture.lines(fx.ownedIds(30, Duration.ofDays(10)));

    @TempDir
    Path home;

    /** A command line with HOME in a temporary folder and no credentials. */
    Cli cli() {
        return new Cli().clock(fx.clock).env("HOME", home.toString());
    }

    Path configFile() {
        return home.resolve(".config/engagement/config.properties");
    }

    /** Saves a profile with the given name=value lines through 'configure --secrets-from-stdin'. */
    void configure(String profile, String lines) {
        Cli.Result r = cli().stdin(lines).run("configure", "--profile", profile, "--secrets-from-stdin");
        assertEquals(0, r.exitCode(), r.toString());
    }

    String sandboxProfile() {
        return "consumer_key=" + sc.consumerKey() + "\nconsumer_secret=" + sc.consumerSecret() + "\naccess_token="
                + sc.accessToken() + "\naccess_token_secret=" + sc.accessTokenSecret() + "\napi_url=" + fx.sandbox.baseUrl()
                + "\n";
    }

    static JsonObject json(Cli.Result r) {
        assertEquals(0, r.exitCode(), r.toString());
        return JsonParser.parseString(r.out()).getAsJsonObject();
    }

    // ------------------------------------------------------------------ configure

    @Test
    void configureFromStdinWritesAnOwnerOnlyFileAndKeepsFieldsLeftEmpty() throws Exception {
        Cli.Result r = cli().stdin("# app keys\nconsumer_secret=cs-Secret-4242\nENGAGEMENT_ACCESS_TOKEN_SECRET='ats-9999'\n"
                + "access-token = 12-tok-7777\n").run("configure", "--consumer-key", "ck-1234", "--secrets-from-stdin");
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Saved profile 'default' in " + configFile()), r.err());
        assertFalse(r.err().contains("cs-Secret-4242") || r.err().contains("ats-9999"), r.err());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile())));
        assertEquals("rwx------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(configFile().getParent())));

        Cli.Result again = cli().stdin("consumer_secret=\nbearer_token=AAAA-bt-5555\n")
                .run("configure", "--secrets-from-stdin");
        assertEquals(0, again.exitCode(), again.toString());
        String text = Files.readString(configFile());
        for (String line : List.of("profile.default.consumer_key=ck-1234", "profile.default.consumer_secret=cs-Secret-4242",
                "profile.default.access_token=12-tok-7777", "profile.default.access_token_secret=ats-9999",
                "profile.default.bearer_token=AAAA-bt-5555")) {
            assertTrue(text.contains(line + "\n"), text);
        }
        Cli.Result same = cli().stdin("consumer_key=ck-1234\n").run("configure", "--secrets-from-stdin");
        assertTrue(same.err().contains("Nothing changed"), same.toString());
    }

    @Test
    void configureUsesXdgConfigHome() {
        Path xdg = home.resolve("xdg");
        Cli.Result r = cli().env("XDG_CONFIG_HOME", xdg.toString()).run("configure", "--consumer-key", "k-1");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(Files.exists(xdg.resolve("engagement/config.properties")));
    }

    @Test
    void configureRefusesToGuessWhenStdinIsNotATerminal() {
        Cli.Result r = cli().run("configure");
        assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("--secrets-from-stdin"), r.err());
        assertFalse(Files.exists(configFile()));
    }

    @Test
    void stdinErrorsNameTheLineButNeverItsContent() {
        Cli.Result r = cli().stdin("consumer_key=k\nBareSecretValue-31337\n").run("configure", "--secrets-from-stdin");
        assertEquals(ExitCode.USAGE.code(), r.exitCode());
        assertTrue(r.err().contains("stdin line 2 is not a name=value line"), r.err());
        assertFalse(r.err().contains("31337"), r.err());
        Cli.Result twice = cli().stdin("consumer_key=k\n").run("configure", "--consumer-key", "k", "--secrets-from-stdin");
        assertEquals(ExitCode.USAGE.code(), twice.exitCode(), twice.toString());
    }

    @Test
    void secretFlagsWorkButWarnAboutShellHistory() throws Exception {
        Cli.Result r = cli().run("configure", "--profile", "ci", "--consumer-secret", "cs-flag-8080");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.err().contains("--consumer-secret puts the secret in your shell history"), r.err());
        assertFalse(r.err().contains("cs-flag-8080"), r.err());
        assertTrue(Files.readString(configFile()).contains("profile.ci.consumer_secret=cs-flag-8080"));
    }

    @Test
    void listShowsEveryProfileMasked() {
        configure("default", "consumer_key=ck-abcdefgh-1111\nconsumer_secret=cs-abcdefgh-2222\n");
        configure("brand", "bearer_token=AAAA-bearer-abcdefgh-3333\naccess_token_secret=ats-abcdefgh-4444\n");
        Cli.Result r = cli().env("ENGAGEMENT_PROFILE", "brand").env("ENGAGEMENT_CONSUMER_KEY", "x")
                .run("configure", "--list");
        assertEquals(0, r.exitCode(), r.toString());
        for (String secret : List.of("ck-abcdefgh-1111", "cs-abcdefgh-2222", "AAAA-bearer-abcdefgh-3333",
                "ats-abcdefgh-4444")) {
            assertFalse(r.out().contains(secret.substring(0, secret.length() - 4)), r.out());
            assertTrue(r.out().contains(Credentials.mask(secret)), r.out());
        }
        assertTrue(r.out().startsWith("* brand\n"), r.out());
        assertTrue(r.out().contains("\n  default\n"), r.out());
        assertTrue(r.out().contains("(overridden by ENGAGEMENT_CONSUMER_KEY)"), r.out());
        assertTrue(r.out().contains("bearer_token         (not set)") || r.out().contains("(not set)"), r.out());
    }

    @Test
    void aSecondOwnersProfileNeedsOnlyItsTokenTheAppsKeysComeFromDefault() {
        configure("default", sandboxProfile());
        configure("other", "access_token=" + sc.otherAccessToken() + "\naccess_token_secret="
                + sc.otherAccessTokenSecret() + "\n");
        Cli.Result r = cli().stdin(ids).run("28hr", "-f", "json", "-m", "impressions", "--profile", "other", "-v");
        JsonObject doc = json(r);
        assertEquals(30, doc.getAsJsonArray("forbidden_tweet_ids").size(), "signed with the other owner's token");
        assertTrue(r.err().contains("consumer key " + Credentials.mask(sc.consumerKey()) + " (profile 'default', for 'other')"),
                r.err());
        Cli.Result list = cli().run("configure", "--list");
        assertTrue(list.out().contains("(from 'default')"), list.out());
    }

    @Test
    void configureRemovesASettingOrAProfile() throws Exception {
        configure("default", sandboxProfile());
        configure("brand", "bearer_token=AAAA-bearer-abcdefgh-3333\naccess_token=at-brand-0001\n");
        Cli.Result unset = cli().run("configure", "--profile", "brand", "--unset", "bearer_token");
        assertEquals(0, unset.exitCode(), unset.toString());
        assertFalse(Files.readString(configFile()).contains("AAAA-bearer"), Files.readString(configFile()));
        assertTrue(Files.readString(configFile()).contains("profile.brand.access_token=at-brand-0001"));
        Cli.Result remove = cli().run("configure", "--profile", "brand", "--remove-profile");
        assertEquals(0, remove.exitCode(), remove.toString());
        assertFalse(Files.readString(configFile()).contains("profile.brand."));
        Cli.Result bad = cli().run("configure", "--profile", "default", "--unset", "colour");
        assertEquals(2, bad.exitCode(), bad.toString());
    }

    // ------------------------------------------------------------------ precedence and the config file

    @Test
    void profilesDriveFetchesAndFlagsBeatEnvironmentBeatProfile() {
        String dead = fx.sandbox.authUrl() + "/nowhere";
        configure("default", sandboxProfile());
        configure("default", "consumer_secret=wrong-secret-0000\napi_url=" + dead + "\n");
        configure("good", sandboxProfile());

        // the default profile alone: wrong secret, wrong URL
        Cli.Result alone = cli().stdin(ids).run("totals", "-f", "json");
        assertEquals(ExitCode.PARTIAL_FAILURE.code(), alone.exitCode(), alone.toString());
        assertTrue(alone.err().contains("HTTP 404"), alone.err());

        // environment over profile: the URL and the consumer secret
        json(cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_CONSUMER_SECRET", sc.consumerSecret()).stdin(ids).run("totals", "-f", "json"));
        // ... and the profile's values are named as such when they are refused
        Cli.Result refused = cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString()).stdin(ids)
                .run("totals", "-f", "json");
        assertEquals(ExitCode.AUTH.code(), refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("(profile 'default')"), refused.err());

        // --profile over ENGAGEMENT_PROFILE, ENGAGEMENT_PROFILE over default
        json(cli().env("ENGAGEMENT_PROFILE", "default").stdin(ids).run("totals", "-f", "json", "--profile", "good"));
        json(cli().env("ENGAGEMENT_PROFILE", "good").stdin(ids).run("totals", "-f", "json"));

        // --api-url over ENGAGEMENT_API_URL
        json(cli().env("ENGAGEMENT_API_URL", dead).stdin(ids)
                .run("totals", "-f", "json", "--profile", "good", "--api-url", fx.sandbox.baseUrl().toString()));

        // --config points elsewhere
        Path other = home.resolve("elsewhere.properties");
        Cli.Result saved = cli().stdin(sandboxProfile()).run("configure", "--config", other.toString(),
                "--secrets-from-stdin");
        assertEquals(0, saved.exitCode(), saved.toString());
        json(cli().stdin(ids).run("totals", "-f", "json", "--config", other.toString()));
    }

    @Test
    void aConfigFileOthersCanReadWorksWithAWarningAndTheFix() throws Exception {
        configure("default", sandboxProfile());
        Files.setPosixFilePermissions(configFile(), PosixFilePermissions.fromString("rw-r-----"));
        Cli.Result r = cli().stdin(ids).run("totals", "-f", "json");
        json(r);
        assertTrue(r.err().contains("warning: The config file " + configFile() + " can be read by other users "
                + "(permissions rw-r-----); fix it with: chmod 600 " + configFile()), r.err());
        Cli.Result quiet = cli().stdin(ids).run("totals", "-f", "json", "-q");
        assertEquals("", quiet.err());
    }

    @Test
    void aNamedProfileOrFileThatIsMissingIsRefusedBeforeAnyRequest() {
        configure("default", sandboxProfile());
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = cli().stdin(ids).run("totals", "--profile", "nope");
        assertEquals(ExitCode.AUTH.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("There is no profile 'nope' in " + configFile() + " (profiles: default); create it "
                + "with 'engagement configure --profile nope'."), r.err());
        Cli.Result env = cli().env("ENGAGEMENT_PROFILE", "bad name").stdin(ids).run("totals");
        assertEquals(ExitCode.USAGE.code(), env.exitCode(), env.toString());
        Cli.Result file = cli().stdin(ids).run("totals", "--config", home.resolve("missing.properties").toString());
        assertEquals(ExitCode.USAGE.code(), file.exitCode(), file.toString());
        assertEquals(before, fx.sandbox.requestsHandled());
    }

    // ------------------------------------------------------------------ app-only and refusals

    @Test
    void aBearerOnlyUserGetsPublicTotalsAndAClearRefusalForAnythingElse() {
        Cli bearer = cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_BEARER_TOKEN", sc.bearerToken());
        JsonObject doc = json(bearer.stdin(ids).run("totals", "-f", "json"));
        JsonObject first = doc.getAsJsonObject("by_tweet").entrySet().iterator().next().getValue().getAsJsonObject();
        assertTrue(first.has("favorites") && !first.has("impressions"), first.toString());

        long before = fx.sandbox.requestsHandled();
        for (String[] args : List.of(new String[] {"totals", "-m", "favorites,impressions"},
                new String[] {"28hr"}, new String[] {"historical", "--start", "3d"},
                new String[] {"totals", "--auth", "user"}, new String[] {"totals", "--auth", "app"},
                new String[] {"28hr", "--auth", "bearer"})) {
            Cli.Result r = bearer.stdin(ids).run(args);
            assertEquals(ExitCode.AUTH.code(), r.exitCode(), String.join(" ", args) + "\n" + r);
            assertEquals("", r.out());
            assertTrue(r.err().lines().count() == 1, r.err());
            assertTrue(r.err().contains("consumer key") || r.err().contains("app-only"), r.err());
        }
        Cli.Result hours = bearer.stdin(ids).run("28hr");
        assertTrue(hours.err().contains("error: /28hr needs OAuth 1.0a user context (the Tweet owner's access token), "
                + "but the consumer key, consumer secret, access token and access-token secret are missing (a bearer "
                + "token only gives app-only access): set ENGAGEMENT_CONSUMER_KEY, ENGAGEMENT_CONSUMER_SECRET, "
                + "ENGAGEMENT_ACCESS_TOKEN and ENGAGEMENT_ACCESS_TOKEN_SECRET, or save them with 'engagement configure'."),
                hours.err());
        assertEquals(before, fx.sandbox.requestsHandled(), "no request may be sent");
    }

    @Test
    void publicMetricsOnTotalsGoAppOnlySoUnownedTweetsAreServed() {
        List<Long> unowned = fx.unownedIds(5, Duration.ofDays(3));
        Cli.Result r = fx.cli().env("HOME", home.toString()).stdin(SandboxFixture.lines(unowned))
                .run("totals", "-f", "json", "-m", "favorites,retweets", "-v");
        JsonObject doc = json(r);
        assertEquals(5, doc.getAsJsonObject("by_tweet").size(), r.toString());
        assertTrue(r.err().contains("Using app-only OAuth 1.0a with the consumer key"), r.err());
    }

    Cli withUser(String accessToken, String tokenSecret) {
        return cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_CONSUMER_KEY", sc.consumerKey()).env("ENGAGEMENT_CONSUMER_SECRET", sc.consumerSecret())
                .env("ENGAGEMENT_ACCESS_TOKEN", accessToken).env("ENGAGEMENT_ACCESS_TOKEN_SECRET", tokenSecret);
    }

    static void assertStartsWith(String expected, String actual) {
        assertTrue(actual.startsWith(expected), "expected the last line of stderr to start with\n" + expected
                + "\nbut it was\n" + actual);
    }

    static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    @Test
    void refusalsSayWhatWasUsedWhatTheApiSaidAndTheLikelyFix() {
        Cli.Result wrongSecret = withUser(sc.accessToken(), "not-the-secret-1234").stdin(ids).run("28hr");
        assertEquals(ExitCode.AUTH.code(), wrongSecret.exitCode(), wrongSecret.toString());
        assertStartsWith("error: The API refused the request (HTTP 401: Your account could not be authenticated. Reason: "
                + "Invalid signature) made with OAuth 1.0a user context with the access token "
                + Credentials.mask(sc.accessToken()) + " (ENGAGEMENT_ACCESS_TOKEN) and the consumer key "
                + Credentials.mask(sc.consumerKey()) + " (ENGAGEMENT_CONSUMER_KEY); the signature did not match, so the "
                + "consumer secret or the access-token secret is wrong (or does not belong to this key or token): check "
                + "both. The result written is partial; run the same command again to continue from the journal ",
                lastLine(wrongSecret.err()));

        Cli.Result unknownToken = withUser("999-unknown-token", "whatever").stdin(ids).run("historical", "--start", "2d");
        assertEquals(ExitCode.AUTH.code(), unknownToken.exitCode(), unknownToken.toString());
        assertTrue(unknownToken.err().contains("Reason: Access token not found) made with OAuth 1.0a user context with "
                + "the access token " + Credentials.mask("999-unknown-token")), unknownToken.err());
        assertTrue(unknownToken.err().contains("the access token is unknown or was revoked"), unknownToken.err());

        Cli.Result badBearer = cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString())
                .env("ENGAGEMENT_BEARER_TOKEN", "AAAA-revoked-bearer-0001").stdin(ids).run("totals");
        assertEquals(ExitCode.AUTH.code(), badBearer.exitCode(), badBearer.toString());
        assertTrue(badBearer.err().contains("Invalid or expired token) made with app-only auth with the bearer token "
                + Credentials.mask("AAAA-revoked-bearer-0001") + " (ENGAGEMENT_BEARER_TOKEN); the bearer token is wrong "
                + "or was invalidated: obtain a new one with 'engagement token --save'."), badBearer.err());

        Cli.Result badKey = withUser(sc.accessToken(), sc.accessTokenSecret())
                .env("ENGAGEMENT_CONSUMER_KEY", "someone-elses-key").stdin(ids).run("28hr");
        assertEquals(ExitCode.AUTH.code(), badKey.exitCode(), badKey.toString());
        assertTrue(badKey.err().contains("the consumer key is wrong"), badKey.err());
    }

    @Test
    void theOtherUsersTokenGetsTheTweetsListedAsForbiddenWithAnExplanation() {
        Cli.Result r = withUser(sc.otherAccessToken(), sc.otherAccessTokenSecret()).stdin(ids).run("28hr", "-f", "json");
        JsonObject doc = json(r);
        assertEquals(30, doc.getAsJsonArray("forbidden_tweet_ids").size(), r.toString());
        assertTrue(r.err().contains("are not owned by the access token's user"), r.err());
    }

    @Test
    void aRefusedTimestampPointsAtTheSystemClock() {
        Clock ahead = Clock.fixed(fx.now.plus(Duration.ofHours(2)), ZoneOffset.UTC);
        try (Sandbox skewed = Sandbox.start(SandboxConfig.builder().port(0).clock(ahead).build())) {
            Cli.Result r = withUser(sc.accessToken(), sc.accessTokenSecret())
                    .env("ENGAGEMENT_API_URL", skewed.baseUrl().toString()).stdin(ids).run("28hr");
            assertEquals(ExitCode.AUTH.code(), r.exitCode(), r.toString());
            assertTrue(r.err().contains("Timestamp out of bounds"), r.err());
            assertTrue(r.err().contains("this machine's clock is probably wrong: check the system clock"), r.err());
        }
    }

    // ------------------------------------------------------------------ token

    @Test
    void tokenPrintsTheBearerTokenOrSavesItAndTheSavedTokenWorks() throws Exception {
        String authUrl = fx.sandbox.authUrl().toString();
        Cli consumer = cli().env("ENGAGEMENT_CONSUMER_KEY", sc.consumerKey())
                .env("ENGAGEMENT_CONSUMER_SECRET", sc.consumerSecret());
        Cli.Result printed = consumer.run("token", "--auth-url", authUrl);
        assertEquals(0, printed.exitCode(), printed.toString());
        assertEquals(sc.bearerToken() + "\n", printed.out());
        assertEquals("", printed.err());

        configure("default", "consumer_key=" + sc.consumerKey() + "\nconsumer_secret=" + sc.consumerSecret() + "\n");
        Cli.Result saved = cli().run("bearer-token", "--auth-url", authUrl + "/", "--save");
        assertEquals(0, saved.exitCode(), saved.toString());
        assertEquals("", saved.out());
        assertTrue(saved.err().contains("Saved the bearer token " + Credentials.mask(sc.bearerToken())), saved.err());
        assertTrue(Files.readString(configFile()).contains("profile.default.bearer_token=" + sc.bearerToken() + "\n"));
        Cli.Result used = cli().env("ENGAGEMENT_API_URL", fx.sandbox.baseUrl().toString()).stdin(ids)
                .run("totals", "-f", "json", "-m", "favorites", "--auth", "bearer", "-v");
        json(used);
        assertTrue(used.err().contains("Using app-only auth with the bearer token " + Credentials.mask(sc.bearerToken())
                + " (profile 'default')"), used.err());
    }

    @Test
    void tokenWithAWrongSecretIsRefusedInWords() {
        Cli.Result r = cli().env("ENGAGEMENT_CONSUMER_KEY", sc.consumerKey())
                .env("ENGAGEMENT_CONSUMER_SECRET", "wrong-consumer-secret-77").run("token", "--auth-url",
                        fx.sandbox.authUrl().toString());
        assertEquals(ExitCode.AUTH.code(), r.exitCode(), r.toString());
        assertEquals("", r.out());
        assertEquals("error: The token endpoint " + fx.sandbox.authUrl() + "/oauth2/token refused the consumer key "
                + Credentials.mask(sc.consumerKey()) + " (ENGAGEMENT_CONSUMER_KEY) and its consumer secret "
                + "(ENGAGEMENT_CONSUMER_SECRET) with HTTP 403: Unable to verify your credentials; check that the key and "
                + "secret belong together and are current (regenerated keys invalidate the old secret).\n", r.err());
    }

    @Test
    void tokenWithoutTheConsumerSecretSendsNothing() {
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = cli().env("ENGAGEMENT_CONSUMER_KEY", sc.consumerKey())
                .run("token", "--auth-url", fx.sandbox.authUrl().toString());
        assertEquals(ExitCode.AUTH.code(), r.exitCode(), r.toString());
        assertTrue(r.err().contains("the consumer secret is missing: set ENGAGEMENT_CONSUMER_SECRET"), r.err());
        assertEquals(before, fx.sandbox.requestsHandled());
    }
}
