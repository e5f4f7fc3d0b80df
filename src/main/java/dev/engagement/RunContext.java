package dev.engagement;

import dev.engagement.http.Sleeper;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a run touches outside itself: the standard streams, the environment, the clock and
 * the sleeper, and what kind of terminal each stream is. Tests pass their own.
 */
public record RunContext(OutputStream out, PrintStream err, InputStream in, Map<String, String> env, Clock clock,
        Sleeper sleeper, StopSignal stop, boolean stdinIsTerminal, boolean stdoutIsTerminal, boolean stderrIsTerminal,
        int terminalWidth) {

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public boolean colorOnStderr() {
        return stderrIsTerminal && !env.containsKey("NO_COLOR");
    }

    public boolean colorOnStdout() {
        return stdoutIsTerminal && !env.containsKey("NO_COLOR");
    }

    /** The real process: System streams, environment and clock. */
    public static RunContext system() {
        boolean stdoutIsTerminal = Terminals.isTerminal(1);
        return new RunContext(System.out, System.err, System.in, System.getenv(), Clock.systemUTC(), Sleeper.SYSTEM,
                StopSignal.forProcess(), Terminals.isTerminal(0), stdoutIsTerminal, Terminals.isTerminal(2),
                Terminals.width(System.getenv(), stdoutIsTerminal));
    }
}
