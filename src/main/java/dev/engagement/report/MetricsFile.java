package dev.engagement.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --metrics-file FILE}: the Prometheus text exposition format (version 0.0.4) that
 * node_exporter's textfile collector reads, labelled by endpoint and profile. The samples of other
 * endpoints and profiles already in the file are kept, so several jobs may share one file; the last
 * success of this endpoint and profile is kept from the file when this run fails. Written atomically:
 * the collector never reads half a file.
 */
public final class MetricsFile {
    /** The families this file holds, in the order written: name, help. */
    static final Map<String, String> FAMILIES = families();

    private static final Pattern SAMPLE = Pattern.compile("^(engagement_[a-z_]+)\\{(.*)}\\s+(\\S+)(?:\\s+\\S+)?$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private MetricsFile() {
    }

    /** One line of the file: a family, its labels in order, the value as written. */
    record Sample(String family, Map<String, String> labels, String value) {
    }

    private static Map<String, String> families() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("engagement_last_run_timestamp_seconds", "When the last run ended, in seconds since the epoch.");
        f.put("engagement_last_success_timestamp_seconds", "When the last run that exited 0 ended, in seconds since "
                + "the epoch.");
        f.put("engagement_last_run_exit_code", "The exit code of the last run (0 done, 1 partial failure, 2 usage, 3 "
                + "credentials, 130 interrupted).");
        f.put("engagement_last_run_duration_seconds", "How long the last run took.");
        f.put("engagement_tweets_fetched", "Distinct Tweets the last run got counts for.");
        f.put("engagement_failed_ids", "Tweet IDs the last run could not fetch (failed_tweet_ids).");
        f.put("engagement_requests_total", "Requests the last run sent, retries included.");
        f.put("engagement_wait_seconds", "Time the last run spent waiting, by reason.");
        return f;
    }

    public static void write(Path file, RunReport r) throws IOException {
        AtomicText.write(file, render(previous(file), r));
    }

    /** The file's text: this run's samples, and those of other endpoints and profiles from {@code previous}. */
    static String render(List<Sample> previous, RunReport r) {
        Map<String, String> ours = new LinkedHashMap<>();
        ours.put("endpoint", r.endpoint());
        ours.put("profile", r.profile());
        List<Sample> samples = new ArrayList<>();
        for (Sample s : previous) {
            if (!sameRun(s.labels(), ours)) {
                samples.add(s);
            }
        }
        samples.add(new Sample("engagement_last_run_timestamp_seconds", ours, epochSeconds(r.ended())));
        String lastSuccess = r.succeeded() ? epochSeconds(r.ended()) : previous.stream()
                .filter(s -> s.family().equals("engagement_last_success_timestamp_seconds") && sameRun(s.labels(), ours))
                .map(Sample::value).findFirst().orElse(null);
        if (lastSuccess != null) {
            samples.add(new Sample("engagement_last_success_timestamp_seconds", ours, lastSuccess));
        }
        samples.add(new Sample("engagement_last_run_exit_code", ours, Integer.toString(r.exit().code())));
        samples.add(new Sample("engagement_last_run_duration_seconds", ours, number(ReportJson.seconds(r.duration()))));
        samples.add(new Sample("engagement_tweets_fetched", ours, Long.toString(r.tweetsFetched())));
        samples.add(new Sample("engagement_failed_ids", ours, Long.toString(r.failedIds())));
        samples.add(new Sample("engagement_requests_total", ours, Long.toString(r.traffic().requests())));
        samples.add(new Sample("engagement_wait_seconds", with(ours, "reason", "all"),
                number(ReportJson.seconds(r.traffic().totalWait()))));
        r.traffic().waits().forEach((reason, d) -> samples.add(new Sample("engagement_wait_seconds",
                with(ours, "reason", reason), number(ReportJson.seconds(d)))));

        StringBuilder text = new StringBuilder();
        FAMILIES.forEach((family, help) -> {
            List<Sample> of = samples.stream().filter(s -> s.family().equals(family)).toList();
            if (of.isEmpty()) {
                return;
            }
            text.append("# HELP ").append(family).append(' ').append(help).append('\n');
            text.append("# TYPE ").append(family).append(" gauge\n");
            for (Sample s : of) {
                text.append(family).append('{');
                List<String> labels = new ArrayList<>();
                s.labels().forEach((k, v) -> labels.add(k + "=\"" + escape(v) + "\""));
                text.append(String.join(",", labels)).append("} ").append(s.value()).append('\n');
            }
        });
        return text.toString();
    }

    /** The samples of our families in an existing file; lines of any other shape are dropped. */
    static List<Sample> previous(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        for (String line : lines) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (!m.matches() || !FAMILIES.containsKey(m.group(1))) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            Matcher l = LABEL.matcher(m.group(2));
            while (l.find()) {
                labels.put(l.group(1), unescape(l.group(2)));
            }
            samples.add(new Sample(m.group(1), labels, m.group(3)));
        }
        return samples;
    }

    private static boolean sameRun(Map<String, String> labels, Map<String, String> ours) {
        return ours.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    private static Map<String, String> with(Map<String, String> labels, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(labels);
        more.put(name, value);
        return more;
    }

    private static String epochSeconds(java.time.Instant t) {
        return number(t.toEpochMilli() / 1000.0);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** Label values escape backslash, double quote and line feed (the exposition format's rule). */
    static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String unescape(String v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
