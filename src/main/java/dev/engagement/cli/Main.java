package dev.engagement.cli;

import dev.engagement.app.RunContext;

/** The {@code engagement} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(RunContext.system(), args));
    }

    /** Runs one command line and returns its exit code; tests call this with their own context. */
    public static int run(RunContext ctx, String... args) {
        int stored = StoredAnswers.answer(ctx, args);
        return stored >= 0 ? stored : EngagementCommand.commandLine(ctx, args).execute(args);
    }
}
