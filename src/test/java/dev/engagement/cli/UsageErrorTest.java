package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage errors: one sentence, a hint to run --help, exit 2, a suggestion for typos, never a stack trace. */
class UsageErrorTest {
    @Test
    void mistypedCommandSuggestsTheCloseOne() {
        Cli.Result r = new Cli().run("totls");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Did you mean: engagement totals"), r.toString());
        assertTrue(r.err().contains("Try 'engagement --help'"), r.toString());
    }

    @Test
    void mistypedOptionSuggestsTheCloseOne() {
        Cli.Result r = new Cli().run("totals", "--metircs", "x");
        assertEquals(2, r.exitCode(), r.toString());
        assertTrue(r.err().contains("Unknown option: '--metircs'"), r.toString());
        assertTrue(r.err().contains("--metrics"), r.toString());
        assertTrue(r.err().contains("Try 'engagement totals --help'"), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void noUsageErrorPrintsAStackTrace() {
        List<List<String>> lines = List.of(
                List.of("totals", "--format", "xml", "samples/tweet-ids.txt"),
                List.of("totals", "--sandbox", "-m", "nope", "samples/tweet-ids.txt"),
                List.of("totals", "--sandbox", "-g", "x", "samples/tweet-ids.txt"),
                List.of("totals", "--sandbox", "-g", "d=tweet.id,engagement.day", "samples/tweet-ids.txt"),
                List.of("totals", "--sandbox", "--top", "0", "samples/tweet-ids.txt"),
                List.of("28hr", "--timeout", "soon", "samples/tweet-ids.txt"),
                List.of("28hr", "--auth", "magic", "samples/tweet-ids.txt"),
                List.of("historical", "--sandbox", "--start", "yesterday", "samples/tweet-ids.txt"),
                List.of("historical", "--sandbox", "--since-post", "forever", "samples/tweet-ids.txt"),
                List.of("totals", "--sandbox", "no-such-file.txt"),
                List.of("sandbox", "--port", "99999"),
                List.of("sandbox", "--fail-rate", "2"),
                List.of("sandbox", "--script", "teapot@1"),
                List.of("completion", "fish"),
                List.of("completion"),
                List.of("frobnicate"),
                List.of());
        for (List<String> args : lines) {
            Cli.Result r = new Cli().run(args.toArray(new String[0]));
            assertEquals(2, r.exitCode(), args + "\n" + r);
            assertTrue(r.err().startsWith("error: "), args + "\n" + r);
            assertTrue(r.err().contains("--help"), args + "\n" + r);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), args + "\n" + r);
        }
    }
}
