package dev.engagement.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One thing a run tells on stderr: its kind ({@code note}, {@code warning}, {@code wait}, {@code retry},
 * {@code ids_refused}, {@code batch_done}, {@code summary}...), its level, the sentence people read
 * (null for events only log collectors get, such as {@code batch_done}) and the fields behind it.
 * {@link Reporter} renders it as text or as JSON.
 */
public record LogEvent(String kind, Level level, String text, Map<String, Object> fields) {
    /** ERROR is shown even when quiet; DETAIL only when verbose. */
    public enum Level {
        ERROR, WARNING, INFO, DETAIL
    }

    public LogEvent {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static LogEvent of(String kind, Level level, String text) {
        return new LogEvent(kind, level, text, Map.of());
    }

    /** This event with one more field (kept in the order added). */
    public LogEvent with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new LogEvent(kind, level, text, more);
    }
}
