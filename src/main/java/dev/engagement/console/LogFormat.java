package dev.engagement.console;

/** How stderr events are written ({@code --log-format}): sentences for people, or one JSON object per line. */
public enum LogFormat {
    TEXT,
    /** For log collectors: every event a JSON object on a line of its own, with its fields. */
    JSON
}
