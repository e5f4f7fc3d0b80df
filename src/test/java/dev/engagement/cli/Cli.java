package dev.engagement.cli;

import dev.engagement.app.RunContext;
import dev.engagement.app.Terminals;
import dev.engagement.app.StopSignal;
import dev.engagement.http.Sleeper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real command line in-process with captured streams, as {@code java -jar engagement.jar} would. */
public final class Cli {
    /** What a run left behind. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();
    private String stdin = "";
    private boolean stdinTerminal;
    private boolean stdoutTerminal;
    private boolean stderrTerminal;
    private Clock clock = Clock.systemUTC();
    private int width = 120;
    /** Every wait the run asked for; nothing really sleeps. */
    public final List<Duration> sleeps = new ArrayList<>();
    private Sleeper sleeper = sleeps::add;
    /** Call {@code stop.request()} to act as Ctrl-C. */
    public final StopSignal stop = StopSignal.manual();

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    public Cli terminals(boolean stdin, boolean stdout, boolean stderr) {
        this.stdinTerminal = stdin;
        this.stdoutTerminal = stdout;
        this.stderrTerminal = stderr;
        return this;
    }

    public Cli clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    public Cli sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return this;
    }

    public Cli width(int width) {
        this.width = width;
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunContext ctx = new RunContext(out, new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.copyOf(env), clock, sleeper, stop,
                new Terminals(stdinTerminal, stdoutTerminal, stderrTerminal, width));
        int code = Main.run(ctx, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
