package dev.engagement.input;

import dev.engagement.EngagementException;
import dev.engagement.OrphanFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.function.Consumer;

/**
 * The Tweet IDs of a run, read from files and/or standard input in two passes: {@link #scan()}
 * validates and counts everything before any request is made, then {@link #ids()} streams the
 * distinct IDs. Only the set of distinct IDs is ever held in memory, never the input.
 */
public final class TweetIdReader implements AutoCloseable {
    /** Names of spooled inputs start so, then the process ID, so a later run can remove those a killed one left. */
    public static final String SPOOL_PREFIX = "engagement-input-";
    private static final String STDIN_ARGUMENT = "-";
    private static final String STDIN_NAME = "stdin";

    private final List<String> arguments;
    private final InputStream stdin;
    private final InputOptions options;
    private final Consumer<String> warnings;
    private final List<UniqueIdIterator> openIterators = new ArrayList<>();
    private List<InputSource> sources;
    private final List<Path> spools = new ArrayList<>();
    private InputSummary summary;
    private boolean closed;

    /**
     * @param sources  file paths, "-" for standard input; an empty list means standard input
     * @param stdin    standard input, read only if asked for
     * @param warnings receives one sentence per warning, for stderr
     */
    public TweetIdReader(List<String> sources, InputStream stdin, InputOptions options, Consumer<String> warnings) {
        this.arguments = sources.isEmpty() ? List.of(STDIN_ARGUMENT) : List.copyOf(sources);
        this.stdin = stdin;
        this.options = options;
        this.warnings = warnings;
    }

    /**
     * The first pass: checks that every file can be read, then detects each one's format, validates
     * every ID and counts. Standard input is copied to a temporary file so the second pass can read
     * it again. Calling it again returns the same summary.
     *
     * @throws EngagementException with the usage exit code on a missing or unreadable file, or on the
     *                             first invalid line unless {@link InputOptions#skipInvalid()}
     */
    public InputSummary scan() {
        checkOpen();
        if (summary == null) {
            sources = resolveSources();
            summary = new FirstPass(options, warnings).run(sources);
        }
        return summary;
    }

    /**
     * The second pass: each distinct ID once, in order of first occurrence, read lazily from the
     * sources. Scans first if {@link #scan()} has not been called. Each call starts from the beginning.
     */
    public PrimitiveIterator.OfLong ids() {
        InputSummary scanned = scan();
        UniqueIdIterator iterator = new UniqueIdIterator(sources, scanned, options);
        openIterators.add(iterator);
        return iterator;
    }

    /** Closes the files of any unfinished {@link #ids()} iteration and deletes the copy of standard input. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        openIterators.forEach(UniqueIdIterator::close);
        openIterators.clear();
        for (Path spool : spools) {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException ignored) {
                // A temporary file left behind is removed by the next run's cleanup or the system's.
            }
        }
    }

    /**
     * Every file is checked before anything, even standard input, is read, so a typo in the last name
     * fails fast. Standard input and anything else that cannot be read twice (a pipe such as
     * {@code <(cat ids)}, a FIFO, a device) is copied once into a private temporary file.
     */
    private List<InputSource> resolveSources() {
        for (String argument : arguments) {
            if (!argument.equals(STDIN_ARGUMENT)) {
                fileSource(argument).checkReadable();
            }
        }
        List<InputSource> resolved = new ArrayList<>();
        InputSource spooledStdin = null;
        for (String argument : arguments) {
            if (argument.equals(STDIN_ARGUMENT)) {
                if (spooledStdin == null) {
                    spooledStdin = new InputSource(STDIN_NAME, spool(STDIN_NAME, stdin));
                }
                resolved.add(spooledStdin);
                continue;
            }
            InputSource file = fileSource(argument);
            if (Files.isRegularFile(file.path())) {
                resolved.add(file);
            } else {
                try (InputStream once = Files.newInputStream(file.path())) {
                    resolved.add(new InputSource(argument, spool(argument, once)));
                } catch (IOException e) {
                    throw file.failure(e);
                }
            }
        }
        return resolved;
    }

    private static InputSource fileSource(String argument) {
        try {
            return new InputSource(argument, Path.of(argument));
        } catch (InvalidPathException e) {
            throw EngagementException.usage("Cannot read " + argument + ": not a valid file name.");
        }
    }

    /** Copies a stream that can be read only once into a private (0600) temporary file, deleted at close. */
    private Path spool(String name, InputStream in) {
        try {
            Path copy = Files.createTempFile(OrphanFiles.prefixOfThisProcess(SPOOL_PREFIX), ".tmp");
            spools.add(copy);
            try (OutputStream out = Files.newOutputStream(copy, StandardOpenOption.TRUNCATE_EXISTING)) {
                SpoolCopy.copy(name, in, out);
            }
            return copy;
        } catch (IOException e) {
            throw EngagementException.usage("Cannot read " + name + ": " + e.getMessage() + ".");
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("TweetIdReader is closed");
        }
    }
}
