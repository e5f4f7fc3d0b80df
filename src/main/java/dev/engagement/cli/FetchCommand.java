package dev.engagement.cli;

import dev.engagement.RunContext;
import dev.engagement.api.Endpoint;
import dev.engagement.fetch.FetchRunner;
import dev.engagement.fetch.FetchSpec;
import dev.engagement.input.InputOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options every fetch command shares; subclasses name the endpoint and add their own. */
abstract class FetchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files of Tweet IDs; '-' or none means stdin.")
    List<String> files = new ArrayList<>();

    @ArgGroup(validate = false, heading = "%nInput:%n", order = 1)
    InputGroup input = new InputGroup();

    @ArgGroup(validate = false, heading = "%nRequest:%n", order = 2)
    RequestGroup request = new RequestGroup();

    @ArgGroup(validate = false, heading = "%nOutput:%n", order = 4)
    OutputGroup output = new OutputGroup();

    @ArgGroup(validate = false, heading = "%nReliability:%n", order = 5)
    ReliabilityGroup reliability = new ReliabilityGroup();

    @ArgGroup(validate = false, heading = "%nLogging:%n", order = 6)
    LoggingGroup logging = new LoggingGroup();

    @ArgGroup(validate = false, heading = "%nAuthentication:%n", order = 7)
    AuthGroup auth = new AuthGroup();

    private final RunContext ctx;

    FetchCommand(RunContext ctx) {
        this.ctx = ctx;
    }

    abstract Endpoint endpoint();

    String start() {
        return null;
    }

    String end() {
        return null;
    }

    boolean clamp() {
        return false;
    }

    java.time.Duration sincePost() {
        return null;
    }

    @Override
    public Integer call() throws Exception {
        if (files.isEmpty() && ctx.stdinIsTerminal()) {
            throw new NoInputException(spec.commandLine());
        }
        FetchSpec fetch = new FetchSpec(endpoint(), files,
                new InputOptions(input.idColumn, input.skipInvalid, input.originals),
                request.metrics, request.groupBy, start(), end(), clamp(), sincePost(), request.apiUrl, request.sandbox, auth.settings(), output.settings(),
                reliability.maxRetries, reliability.timeout, reliability.requestsPerMinute, reliability.checkpoint, reliability.force, request.dryRun,
                logging.quiet, logging.verbose || logging.debug, logging.debug);
        if (logging.debug) {
            LoggingGroup.enableHttpClientDebugLog();
        }
        return new FetchRunner(fetch, ctx).run();
    }
}
