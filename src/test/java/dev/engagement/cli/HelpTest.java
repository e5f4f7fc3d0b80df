package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.app.RunContext;
import dev.engagement.app.Terminals;
import dev.engagement.sandbox.SandboxCredentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help that teaches: every command's --help renders, summarises, groups, shows defaults and examples that run. */
class HelpTest {
    static final List<String> COMMANDS = List.of("totals", "28hr", "historical", "sandbox", "completion");
    static final List<String> FETCH = List.of("totals", "28hr", "historical");

    static Cli cliWithSecrets() {
        SandboxCredentials c = SandboxCredentials.DEFAULT;
        return new Cli().env("ENGAGEMENT_CONSUMER_KEY", c.consumerKey())
                .env("ENGAGEMENT_CONSUMER_SECRET", c.consumerSecret())
                .env("ENGAGEMENT_ACCESS_TOKEN", c.accessToken())
                .env("ENGAGEMENT_ACCESS_TOKEN_SECRET", c.accessTokenSecret())
                .env("ENGAGEMENT_BEARER_TOKEN", c.bearerToken());
    }

    static void assertNoSecrets(String text) {
        SandboxCredentials c = SandboxCredentials.DEFAULT;
        for (String secret : List.of(c.consumerSecret(), c.accessTokenSecret(), c.bearerToken())) {
            assertFalse(text.contains(secret), "a secret appears in:\n" + text);
        }
    }

    @Test
    void everyCommandsHelpRendersWithSummaryExamplesAndNoSecrets() {
        List<String> all = new ArrayList<>(COMMANDS);
        all.add(0, null);
        for (String cmd : all) {
            String[] args = cmd == null ? new String[] {"--help"} : new String[] {cmd, "--help"};
            Cli.Result r = cliWithSecrets().run(args);
            assertEquals(0, r.exitCode(), r.toString());
            assertEquals("", r.err(), r.toString());
            String help = r.out();
            assertTrue(help.startsWith("Usage: engagement" + (cmd == null ? "" : " " + cmd)), help);
            CommandLine cl = EngagementCommand.commandLine(quietContext());
            String summary = (cmd == null ? cl : cl.getSubcommands().get(cmd)).getCommandSpec().usageMessage().description()[0];
            assertTrue(summary.endsWith(".") && summary.length() <= 78, "a one-line summary: " + summary);
            assertTrue(help.contains("\n" + summary + "\n"), help);
            assertTrue(help.contains("Examples:\n  engagement "), cmd + " has examples:\n" + help);
            assertTrue(help.contains("-h, --help"), help);
            assertNoSecrets(help);
        }
    }

    @Test
    void fetchCommandsGroupOptionsShowDefaultsAndEnvironment() {
        for (String cmd : FETCH) {
            String help = cliWithSecrets().run(cmd, "--help").out();
            for (String heading : List.of("Input:", "Request:", "Authentication:", "Output:", "Reliability:",
                    "Logging:", "Environment:", "Exit codes:")) {
                assertTrue(help.contains("\n" + heading), cmd + " lacks " + heading + ":\n" + help);
            }
            for (String text : List.of("(default: 5)", "(default: 60s)", "Default: auto", "ENGAGEMENT_CONSUMER_KEY",
                    "ENGAGEMENT_ACCESS_TOKEN_SECRET", "ENGAGEMENT_API_URL", "-q, --quiet", "-v, --verbose", "--debug",
                    "json, jsonl, csv or table")) {
                assertTrue(help.contains(text), cmd + " lacks " + text + ":\n" + help);
            }
            assertEquals(cmd.equals("totals"), help.contains("ENGAGEMENT_BEARER_TOKEN"), cmd);
        }
        assertTrue(new Cli().run("historical", "--help").out().contains("\nTime range:"));
    }

    @Test
    void sandboxHasQuietAndVerbose() {
        String help = new Cli().run("sandbox", "--help").out();
        assertTrue(help.contains("-q, --quiet") && help.contains("-v, --verbose"), help);
    }

    /** Every example in every command's help runs: fetch commands against the sandbox, sandbox lines parse. */
    @Test
    void examplesInHelpRun(@TempDir Path tmp) throws Exception {
        String ids = Files.readString(Path.of(ExampleLines.PLACEHOLDER_IDS));
        CommandLine root = EngagementCommand.commandLine(quietContext());
        int ran = 0;
        for (String line : examples(root)) {
            String command = line.contains("|") ? line.substring(line.lastIndexOf('|') + 1).strip() : line;
            if (command.startsWith("source <(")) {
                command = command.substring("source <(".length(), command.lastIndexOf(')'));
            }
            List<String> words = ExampleLines.withoutRedirection(ExampleLines.words(command));
            if (words.isEmpty() || !words.get(0).equals("engagement")) {
                continue; // shell around an example, e.g. "sleep 2; . ./sandbox.env; ..."
            }
            if (List.of("configure", "token", "bearer-token").contains(words.get(1))) {
                continue; // they write a profile or call oauth2/token: AuthEndToEndTest runs them against the sandbox
            }
            if (List.of("store", "growth").contains(words.get(1))) {
                continue; // they need a store with snapshots: StoreContract runs these commands against real databases
            }
            if (words.get(1).equals("report") && words.contains("--store")) {
                continue; // it needs a store with snapshots: ReportFromStoreTest makes one and runs it
            }
            if (words.get(1).equals("sandbox")) {
                List<String> args = new ArrayList<>(words.subList(2, words.size()));
                CommandLine cl = new CommandLine(new SandboxCommand());
                cl.parseArgs(args.toArray(new String[0]));
                ((SandboxCommand) cl.getCommand()).config();
                ran++;
                continue;
            }
            List<String> args = ExampleLines.forSandbox(words, tmp);
            Cli.Result r = new Cli().stdin(ids).run(args.toArray(new String[0]));
            assertEquals(0, r.exitCode(), line + "\n" + args + "\n" + r);
            assertFalse(r.err().contains("\tat "), r.toString());
            ran++;
        }
        assertTrue(ran >= 12, "ran " + ran + " examples");
    }

    static List<String> examples(CommandLine cl) {
        List<String> out = new ArrayList<>();
        String pending = null;
        for (String f : cl.getCommandSpec().usageMessage().footer()) {
            for (String line : f.split("%n")) {
                if (pending != null) {
                    // a continuation line of an example that ends in a backslash
                    pending += " " + line.strip();
                } else if (line.startsWith("  engagement ") || line.startsWith("  cut ") || line.startsWith("  source <(")) {
                    pending = line.strip();
                } else {
                    continue;
                }
                if (pending.endsWith("\\")) {
                    pending = pending.substring(0, pending.length() - 1).strip();
                } else {
                    out.add(pending);
                    pending = null;
                }
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            out.addAll(examples(sub));
        }
        return out;
    }

    static RunContext quietContext() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        return new RunContext(sink, new PrintStream(sink, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]), Map.of(), Clock.systemUTC(), d -> { }, dev.engagement.app.StopSignal.manual(),
                Terminals.NONE);
    }

    /** An example is copied from help into a shell: at 80 columns none may wrap, which would break it mid-word. */
    @Test
    void examplesFitEightyColumnsSoTheyCopyWhole() {
        CommandLine root = EngagementCommand.commandLine(quietContext());
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        List<String> tooLong = new ArrayList<>();
        for (CommandLine cl : all) {
            for (String line : cl.getCommandSpec().usageMessage().footer()) {
                for (String part : line.split("%n")) {
                    if (part.startsWith("  ") && part.length() > 79) {
                        tooLong.add(cl.getCommandName() + ": " + part);
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }

    @Test
    void helpTakesACommandAndAnIdOnTheCommandLineGetsAHint() {
        Cli.Result help = new Cli().run("help", "totals");
        assertEquals(0, help.exitCode(), help.toString());
        assertTrue(help.out().contains("Usage: engagement totals"), help.out());
        Cli.Result id = new Cli().run("totals", "--sandbox", "1995402775890749947");
        assertEquals(2, id.exitCode(), id.toString());
        assertTrue(id.err().contains("echo 1995402775890749947 | engagement totals"), id.err());
    }
}
