package dev.engagement.console;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Messages for people, on stderr: notes and warnings unless quiet, details when verbose. Never data.
 * Every message is a {@link LogEvent}, rendered as a sentence or, with {@code --log-format json}, as
 * one JSON object per line.
 */
public final class Reporter {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private final PrintStream err;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean color;
    private final LogFormat format;
    private final Clock clock;

    public Reporter(PrintStream err, Verbosity verbosity, boolean color) {
        this(err, verbosity, color, LogFormat.TEXT, Clock.systemUTC());
    }

    /** {@code clock}: the time each JSON event carries. */
    public Reporter(PrintStream err, Verbosity verbosity, boolean color, LogFormat format, Clock clock) {
        this.err = err;
        this.quiet = verbosity.quiet();
        this.verbose = verbosity.verbose();
        this.color = color && format == LogFormat.TEXT;
        this.format = format;
        this.clock = clock;
    }

    public void note(String message) {
        event(LogEvent.of("note", LogEvent.Level.INFO, message));
    }

    public void warn(String message) {
        event(LogEvent.of("warning", LogEvent.Level.WARNING, message));
    }

    /** Errors are shown even when quiet. */
    public void error(String message) {
        event(LogEvent.of("error", LogEvent.Level.ERROR, message));
    }

    public void verbose(String message) {
        event(LogEvent.of("detail", LogEvent.Level.DETAIL, message));
    }

    /** Tells one event, if the verbosity lets it through, in this reporter's format. */
    public void event(LogEvent e) {
        if (!shows(e.level())) {
            return;
        }
        if (format == LogFormat.JSON) {
            err.println(json(e, clock.instant()));
        } else if (e.text() != null) {
            err.println(text(e));
        }
    }

    /** Whether an event of this level without a sentence (fields for log collectors only) is told. */
    public boolean showsFieldsOnly(LogEvent.Level level) {
        return format == LogFormat.JSON && shows(level);
    }

    /** Whether events of this level are told at all, so that one nobody sees need not be built. */
    public boolean shows(LogEvent.Level level) {
        return switch (level) {
            case ERROR -> true;
            case WARNING, INFO -> !quiet;
            case DETAIL -> verbose;
        };
    }

    private String text(LogEvent e) {
        return switch (e.level()) {
            case ERROR -> paint("31", "error: ") + e.text();
            case WARNING -> paint("33", "warning: ") + e.text();
            default -> e.text();
        };
    }

    /** The JSON line of an event: time, level, event, message, then its fields; durations in seconds, instants in ISO-8601. */
    public static String json(LogEvent e, Instant time) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", time.toString());
        line.put("level", e.level().name().toLowerCase(Locale.ROOT));
        line.put("event", e.kind());
        if (e.text() != null) {
            line.put("message", e.text());
        }
        e.fields().forEach((k, v) -> line.put(k, plain(v)));
        return GSON.toJson(line);
    }

    private static Object plain(Object v) {
        if (v instanceof Duration d) {
            return d.toMillis() / 1000.0;
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
            return out;
        }
        return v;
    }

    public boolean isVerbose() {
        return verbose;
    }

    public boolean isQuiet() {
        return quiet;
    }

    /** Whether events are JSON lines: nothing else (no progress bar) may then be drawn on stderr. */
    public boolean isJson() {
        return format == LogFormat.JSON;
    }

    public PrintStream stream() {
        return err;
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
