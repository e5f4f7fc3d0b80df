package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds the model of its own command only, and says everything the full model would. */
class CommandCatalogTest {
    /** What a command line prints, run on the model {@code cl}. */
    private static List<Object> outcome(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return List.of(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help", "", "--version", "help totals", "help bearer-token", "totals --help",
        "token --help", "bearer-token --help", "28hr -h", "totalz", "help nothing", "-x", "completion bash"})
    void runsAsTheFullModelDoes(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
        List<Object> full = outcome(EngagementCommand.commandLine(HelpTest.quietContext()), args);
        List<Object> lazy = outcome(EngagementCommand.commandLine(HelpTest.quietContext(), args), args);
        assertEquals(full, lazy, commandLine);
    }

    @Test
    void buildsTheRunCommandOnly() {
        CommandLine cl = EngagementCommand.commandLine(HelpTest.quietContext(), "28hr", "--help");
        assertEquals(CommandCatalog.SUBCOMMANDS.size(), cl.getSubcommands().size() - 1, "bearer-token is an alias");
        assertTrue(cl.getSubcommands().get("28hr").getCommand() instanceof Hours28Command);
        assertNotNull(cl.getSubcommands().get("totals"));
        assertNull(cl.getSubcommands().get("totals").getCommand(), "totals is a stub");
        assertTrue(cl.getSubcommands().get("totals").getCommandSpec().options().isEmpty());
    }

    @Test
    void helpCommandBuildsTheCommandItExplains() {
        CommandLine cl = EngagementCommand.commandLine(HelpTest.quietContext(), "help", "bearer-token");
        assertTrue(cl.getSubcommands().get("token").getCommand() instanceof TokenCommand);
        assertNull(cl.getSubcommands().get("totals").getCommand());
    }
}
