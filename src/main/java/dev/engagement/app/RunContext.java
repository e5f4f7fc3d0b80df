package dev.engagement.app;

import dev.engagement.http.Sleeper;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/**
 * Everything a run touches outside itself: the standard streams, the environment, the clock and
 * the sleeper, the stop signal, and what kind of terminal each stream is. Tests pass their own.
 */
public record RunContext(OutputStream out, PrintStream err, InputStream in, Map<String, String> env, Clock clock,
        Sleeper sleeper, StopSignal stop, Terminals terminals) {

    public String env(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    public boolean stdinIsTerminal() {
        return terminals.stdin();
    }

    public boolean stdoutIsTerminal() {
        return terminals.stdout();
    }

    public boolean stderrIsTerminal() {
        return terminals.stderr();
    }

    public int terminalWidth() {
        return terminals.width();
    }

    /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
    public boolean colorOnStderr() {
        return terminals.stderr() && !env.containsKey("NO_COLOR");
    }

    public boolean colorOnStdout() {
        return terminals.stdout() && !env.containsKey("NO_COLOR");
    }

    /**
     * Whether text for stdout may use characters beyond ASCII: the locale says UTF-8 (the first of
     * LC_ALL, LC_CTYPE and LANG that is set, as the C library reads them).
     */
    public boolean unicodeOnStdout() {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env(name);
            if (v != null) {
                String charset = v.toLowerCase(java.util.Locale.ROOT);
                return charset.contains("utf-8") || charset.contains("utf8");
            }
        }
        return false;
    }

    /** The real process: System streams, environment and clock. */
    public static RunContext system() {
        Map<String, String> env = System.getenv();
        // Not System.out: a PrintStream swallows write errors, and a full disk must fail the run.
        return new RunContext(new FileOutputStream(FileDescriptor.out), System.err, System.in, env, Clock.systemUTC(),
                Sleeper.SYSTEM,
                StopSignal.forProcess(), Terminals.probe(env));
    }
}
