package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.engagement.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Grouping names and output paths: what the result writes is never lost or doubled, and bad paths fail before any request. */
class NamesAndPathsTest {
    @RegisterExtension
    static final SandboxFixture fx = new SandboxFixture();

    static final String IDS = SandboxFixture.lines(fx.ownedIds(30, Duration.ofDays(3)));

    Cli.Result run(String... args) {
        return fx.cli().stdin(IDS).run(args);
    }

    /** Runs, and asserts the run was refused with a usage error before any request. */
    Cli.Result refused(String... args) {
        long before = fx.sandbox.requestsHandled();
        Cli.Result r = run(args);
        assertEquals(ExitCode.USAGE.code(), r.exitCode(), r.toString());
        assertEquals("", r.out(), "nothing on stdout");
        assertEquals(before, fx.sandbox.requestsHandled(), "nothing sent");
        assertTrue(r.err().startsWith("error: "), r.err());
        return r;
    }

    @Test
    void aGroupingNamedLikeTheInternalTopSourceIsKept() {
        Cli.Result r = run("totals", "-f", "json", "-g", "top_tweets_source=tweet.id,engagement.type");
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(30, doc.getAsJsonObject("top_tweets_source").size(), "the user's only grouping is written");
    }

    @Test
    void theInternalTopSourceNeverTakesTheNameOfTheUsersGrouping() {
        Cli.Result r = run("28hr", "-f", "json", "-m", "impressions", "--top", "2",
                "-g", "top_tweets_source=engagement.type,engagement.day");
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
        assertTrue(doc.getAsJsonObject("top_tweets_source").has("impressions"), "the user's grouping as asked: " + doc);
        assertFalse(doc.has("top_tweets_source_2"), "the internal grouping is not shown");
        assertEquals(2, doc.getAsJsonObject("top_tweets").getAsJsonArray("impressions").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"out_of_range_tweet_ids", "failed_tweet_ids", "top_tweets", "partial", "windows", "start",
        "unavailable_tweet_ids", "errors"})
    void aGroupingNamedLikeAKeyOfTheResultIsRefused(String name) {
        Cli.Result r = refused("totals", "-f", "json", "-g", name + "=tweet.id,engagement.type");
        assertTrue(r.err().contains("'" + name + "'") && r.err().contains("reserved: "), r.err());
        assertEquals(2, r.err().lines().count(), "one sentence and the --help hint: " + r.err());
    }

    @Test
    void everyOutputPathProblemIsAUsageErrorFoundBeforeTheFirstRequest(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing");
        assertTrue(refused("totals", "-o", missing.resolve("x.json").toString()).err().contains("does not exist"));
        assertTrue(refused("totals", "--top", "3", "--top-output", missing.resolve("x.csv").toString()).err()
                .contains("does not exist"));
        assertTrue(refused("totals", "-o", dir.toString()).err().contains("is a folder"));
        Path input = Files.writeString(dir.resolve("ids.txt"), IDS);
        Cli.Result sameAsInput = refused("totals", "-o", input.toString(), input.toString());
        assertTrue(sameAsInput.err().contains("also an input file"), sameAsInput.err());
        assertEquals(IDS, Files.readString(input), "the ID list is untouched");
    }

    @Test
    void dashMeansStdout(@TempDir Path dir) {
        Cli.Result r = run("totals", "-f", "csv", "-o", "-");
        assertEquals(0, r.exitCode(), r.toString());
        assertTrue(r.out().startsWith("grouping,tweet_id,"), r.out());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
        assertEquals(List.of(), List.of(dir.toFile().list()));
    }
}
