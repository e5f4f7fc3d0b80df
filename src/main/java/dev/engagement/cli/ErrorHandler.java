package dev.engagement.cli;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.app.RunContext;
import dev.engagement.console.LogEvent;
import dev.engagement.console.Reporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The one place failures become what the user reads: one sentence, a hint to run --help for usage
 * errors, the documented exit code, and a stack trace only with --verbose.
 */
final class ErrorHandler implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final RunContext ctx;

    ErrorHandler(RunContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        if (jsonLog(java.util.List.of(args))) {
            err.println(Reporter.json(error(ex.getMessage(), ExitCode.USAGE), ctx.clock().instant()));
            err.flush();
            return ExitCode.USAGE.code();
        }
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        if (ex instanceof NoInputException) {
            cmd.usage(err);
        } else {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCode.USAGE.code();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        ExitCode code;
        String message;
        if (ex instanceof EngagementException) {
            code = ((EngagementException) ex).exitCode();
            message = ex.getMessage();
        } else if (ex instanceof InterruptedException) {
            code = ExitCode.INTERRUPTED;
            message = "Interrupted.";
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            code = ExitCode.PARTIAL_FAILURE;
            Throwable io = ex instanceof UncheckedIOException ? ex.getCause() : ex;
            message = "Input/output failed: " + io.getMessage() + ".";
        } else {
            code = ExitCode.PARTIAL_FAILURE;
            message = "Unexpected failure (" + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": "
                    + ex.getMessage()) + "); run again with --verbose for details.";
        }
        if (jsonLog(parseResult.originalArgs())) {
            LogEvent e = error(message, code);
            if (verbose(parseResult)) {
                java.io.StringWriter trace = new java.io.StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                e = e.with("stack_trace", trace.toString());
            }
            err.println(Reporter.json(e, ctx.clock().instant()));
            err.flush();
            return code.code();
        }
        err.println("error: " + message);
        if (code == ExitCode.USAGE) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        if (verbose(parseResult)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    /** Whether the command line asked for JSON events on stderr (its parse may have failed half-way). */
    private static boolean jsonLog(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equalsIgnoreCase("--log-format=json")
                    || a.equals("--log-format") && i + 1 < args.size() && args.get(i + 1).equalsIgnoreCase("json")) {
                return true;
            }
        }
        return false;
    }

    private static LogEvent error(String message, ExitCode code) {
        return LogEvent.of("error", LogEvent.Level.ERROR, message).with("exit_code", code.code())
                .with("exit_meaning", code.meaning());
    }

    private static boolean verbose(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult r = pr; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose") || r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
