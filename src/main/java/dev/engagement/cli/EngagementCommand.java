package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "engagement",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Fetch Tweet engagement metrics in bulk from the X Enterprise Engagement API.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement totals --sandbox samples/tweet-ids.txt",
            "  engagement 28hr -f csv -o last-28h.csv ids.txt",
            "  engagement historical --start 90d --end 30d ids.txt",
            "  source <(engagement completion bash)",
            "",
            "Run 'engagement COMMAND --help' for a command's options, defaults and examples.",
            "",
            HelpText.ENV_HEADING,
            HelpText.ENV_CONSUMER,
            HelpText.ENV_ACCESS,
            HelpText.ENV_BEARER,
            HelpText.ENV_API_URL,
            HelpText.ENV_PROFILE,
            HelpText.ENV_NO_COLOR,
            "",
            ExitCode.HELP})
public final class EngagementCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name a command: totals, 28hr, historical, export, runs, store, growth, configure, token, sandbox or "
                        + "completion.");
    }

    /**
     * The configured command line with the full model of every command (its subcommands are listed in
     * {@link CommandCatalog}): our streams, our factory and one-sentence error handling.
     */
    public static CommandLine commandLine(RunContext ctx) {
        ContextFactory factory = new ContextFactory(ctx);
        CommandLine cl = new CommandLine(new EngagementCommand(), factory);
        CommandCatalog.addAll(cl, factory);
        return configure(cl, ctx);
    }

    /**
     * The command line to run {@code args}: as {@link #commandLine(RunContext)}, but with the full
     * model of the command being run only, which starts much sooner.
     */
    public static CommandLine commandLine(RunContext ctx, String... args) {
        ContextFactory factory = new ContextFactory(ctx);
        CommandLine cl = new CommandLine(new EngagementCommand(), factory);
        CommandCatalog.addFor(cl, factory, args);
        return configure(cl, ctx);
    }

    private static CommandLine configure(CommandLine cl, RunContext ctx) {
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(ctx.err(), StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setAbbreviatedOptionsAllowed(false);
        ErrorHandler handler = new ErrorHandler(ctx);
        cl.setParameterExceptionHandler(handler);
        cl.setExecutionExceptionHandler(handler);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(
                ctx.colorOnStdout() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        return cl;
    }
}
