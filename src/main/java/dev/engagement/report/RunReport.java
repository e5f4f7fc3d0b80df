package dev.engagement.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run as it ended, whatever the way it ended: the model behind the report, the step summary and the
 * metrics. Parts the run never reached are zero or empty (a run refused before reading its input read
 * no IDs). Secrets never get here: the command line comes redacted.
 *
 * @param idLists      the size of each ID list, under the result document's key (failed_tweet_ids...)
 * @param tweetsFetched distinct IDs the run got counts for
 * @param top          the --top lists per metric, best first (empty without --top)
 * @param journal      the journal file, or null when the run kept none on disk
 * @param error        the sentence the run failed with, or null
 */
public record RunReport(String version, List<String> commandLine, String endpoint, String profile, Instant started,
        Instant ended, Ids ids, Traffic traffic, Map<String, Long> idLists, long tweetsFetched, boolean partial,
        Exit exit, String error, List<OutputFile> outputs, String journal, Map<String, List<Ranked>> top) {
    /** The version of the report's layout; a change that removes or renames a field makes it 2. */
    public static final int SCHEMA = 1;

    public RunReport {
        commandLine = List.copyOf(commandLine);
        idLists = ordered(idLists);
        outputs = List.copyOf(outputs);
        top = ordered(top);
    }

    public Duration duration() {
        return Duration.between(started, ended);
    }

    /** What the input held. */
    public record Ids(long read, long unique, long duplicates, long invalidSkipped) {
        public static final Ids NONE = new Ids(0, 0, 0, 0);
    }

    /** What was sent and waited for; {@code waits}: seconds by reason. */
    public record Traffic(long requests, long answered, long retries, long rateLimited, Map<String, Duration> waits) {
        public static final Traffic NONE = new Traffic(0, 0, 0, 0, Map.of());

        public Traffic {
            waits = ordered(waits);
        }

        public Duration totalWait() {
            return waits.values().stream().reduce(Duration.ZERO, Duration::plus);
        }
    }

    /** The exit code and what it means (the README's table). */
    public record Exit(int code, String meaning) {
    }

    /** A file the run wrote: {@code role} output, top_output or an ID list's file name. */
    public record OutputFile(String role, String path, long bytes, String sha256) {
    }

    /** One place of a --top list. */
    public record Ranked(String tweetId, long count) {
    }

    static <K, V> Map<K, V> ordered(Map<K, V> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** The IDs that could not be fetched (failed_tweet_ids). */
    public long failedIds() {
        return idLists.getOrDefault("failed_tweet_ids", 0L);
    }

    public boolean succeeded() {
        return exit.code() == 0;
    }
}
