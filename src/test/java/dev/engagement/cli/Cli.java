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
import java.nio.file.Path;
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
    /** Each command line keeps its journals in a folder of its own, so runs of other tests are never resumed. */
    private final Path state = TestFolders.create("engagement-state-");
    private String stdin = "";
    private boolean stdinTerminal;
    private boolean stdoutTerminal;
    private boolean stderrTerminal;
    private Clock clock = Clock.systemUTC();
    private int width = 120;
    /** Every wait the run asked for; nothing really sleeps. */
    public final List<Duration> sleeps = new ArrayList<>();
    private Sleeper sleeper = sleeps::add;
    /** Call {@code stop.request()} to act as Ctrl-C; each run gets a signal of its own. */
    public StopSignal stop = StopSignal.manual();

    public Cli env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    private Map<String, String> environment() {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("XDG_STATE_HOME", state.toString());
        return Map.copyOf(all);
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

    private java.util.function.UnaryOperator<java.io.OutputStream> stdoutWrapper = o -> o;

    /** Puts a stream of the test's between the command and the captured stdout (to fail writes, or watch them). */
    public Cli stdout(java.util.function.UnaryOperator<java.io.OutputStream> wrapper) {
        this.stdoutWrapper = wrapper;
        return this;
    }

    /** The XDG_STATE_HOME of this command line, for child processes that should share its journals. */
    public Path stateHome() {
        return state;
    }

    /** Where this command line's journals go ($XDG_STATE_HOME/engagement/runs). */
    public Path journals() {
        return state.resolve("engagement").resolve("runs");
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunContext ctx = new RunContext(stdoutWrapper.apply(out), new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), environment(), clock, sleeper, stop,
                new Terminals(stdinTerminal, stdoutTerminal, stderrTerminal, width));
        int code = Main.run(ctx, args);
        stop = StopSignal.manual();
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
