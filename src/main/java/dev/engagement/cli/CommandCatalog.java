package dev.engagement.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The subcommands of {@code engagement}, in the order the top-level help lists them. Building a
 * command's picocli model reflects over all its options, groups and converters, so a run builds only
 * the model of the command it runs; every other command is a stub that carries what the top-level
 * help and picocli's "did you mean" need: name, aliases and description, read from its
 * {@link Command} annotation.
 */
final class CommandCatalog {
    static final List<Class<?>> SUBCOMMANDS = List.of(TotalsCommand.class, Hours28Command.class,
            HistoricalCommand.class, ExportCommand.class, ReportCommand.class, RunsCommand.class, StoreCommand.class,
            GrowthCommand.class, ConfigureCommand.class,
            TokenCommand.class, SandboxCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);

    private static final String HELP = "help";

    private CommandCatalog() {
    }

    /** Adds the full model of every subcommand (completion scripts and man pages describe them all). */
    static void addAll(CommandLine root, CommandLine.IFactory factory) {
        for (Class<?> cls : SUBCOMMANDS) {
            root.addSubcommand(full(cls, factory));
        }
    }

    /**
     * Adds the full model of the command that {@code args} run (for {@code help COMMAND}, of both;
     * for {@code completion}, of all) and a stub of every other one.
     */
    static void addFor(CommandLine root, CommandLine.IFactory factory, String... args) {
        String first = commandWord(args, 0);
        if (CompletionCommand.class.getAnnotation(Command.class).name().equals(first)) {
            addAll(root, factory);
            return;
        }
        String second = HELP.equals(first) ? commandWord(args, 1) : null;
        for (Class<?> cls : SUBCOMMANDS) {
            Command cmd = cls.getAnnotation(Command.class);
            boolean runs = names(cmd, first) || names(cmd, second);
            root.addSubcommand(runs ? full(cls, factory) : stub(cmd));
        }
    }

    /** The {@code n}-th argument that is not an option (the root's options take no value), or null. */
    private static String commandWord(String[] args, int n) {
        int seen = 0;
        for (String arg : args) {
            if (!arg.startsWith("-") && seen++ == n) {
                return arg;
            }
        }
        return null;
    }

    private static boolean names(Command cmd, String word) {
        if (word == null) {
            return false;
        }
        if (cmd.name().equals(word)) {
            return true;
        }
        for (String alias : cmd.aliases()) {
            if (alias.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static CommandLine full(Class<?> cls, CommandLine.IFactory factory) {
        try {
            return new CommandLine(factory.create(cls), factory);
        } catch (CommandLine.InitializationException e) {
            throw e;
        } catch (Exception e) {
            throw new CommandLine.InitializationException("Cannot create the command " + cls.getName() + ": " + e, e);
        }
    }

    private static CommandLine stub(Command cmd) {
        CommandSpec spec = CommandSpec.create().name(cmd.name()).aliases(cmd.aliases());
        spec.usageMessage().description(cmd.description()).header(cmd.header()).hidden(cmd.hidden());
        return new CommandLine(spec);
    }
}
