package dev.engagement.cli;

import picocli.CommandLine;

/** No file named and stdin is a terminal: the user probably does not know how to give IDs. */
final class NoInputException extends CommandLine.ParameterException {
    private static final long serialVersionUID = 1L;

    NoInputException(CommandLine cmd) {
        super(cmd, "No Tweet IDs: name a file of IDs, or pipe them on stdin.");
    }
}
