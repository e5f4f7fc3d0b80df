package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Version;
import dev.engagement.config.ProfileLocation;
import dev.engagement.console.Reporter;
import dev.engagement.http.Traffic;
import dev.engagement.input.InputSummary;
import dev.engagement.merge.IdLists;
import dev.engagement.merge.TopTweets;
import dev.engagement.output.IdListFiles;
import dev.engagement.output.OutputPaths;
import dev.engagement.output.OutputSettings;
import dev.engagement.output.ResultKeys;
import dev.engagement.report.FileDigest;
import dev.engagement.report.MetricsFile;
import dev.engagement.report.ReportJson;
import dev.engagement.report.RunReport;
import dev.engagement.report.StepSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a fetch run leaves for machines when it ends, whichever way it ends: the report of
 * {@code --report}, the metrics of {@code --metrics-file} and, under GitHub Actions, the step summary.
 * Each is written once, from the {@link RunRecord} of what the run got to.
 */
final class RunReports {
    private final FetchSettings settings;
    private final RunContext ctx;
    private final Reporter reporter;
    private final RunRecord record;
    private boolean written;

    RunReports(FetchSettings settings, RunContext ctx, Reporter reporter, RunRecord record) {
        this.settings = settings;
        this.ctx = ctx;
        this.reporter = reporter;
        this.record = record;
    }

    /** Whether this run gives anything for machines at all. */
    boolean wanted() {
        return settings.reporting().report() != null || settings.reporting().metricsFile() != null
                || ctx.env(StepSummary.ENV) != null;
    }

    /** Checks, before anything else, that the report and metrics files can be written (usage errors otherwise). */
    void checkPaths() {
        OutputPaths.check("--report", settings.reporting().report(), settings.files());
        OutputPaths.check("--metrics-file", settings.reporting().metricsFile(), settings.files());
        Map<String, Path> written = new LinkedHashMap<>();
        written.put("--output", settings.output().file());
        written.put("--top-output", settings.output().topOutput());
        written.put("--report", settings.reporting().report());
        written.put("--metrics-file", settings.reporting().metricsFile());
        Map<Path, String> seen = new LinkedHashMap<>();
        written.forEach((option, file) -> {
            if (file == null) {
                return;
            }
            String other = seen.putIfAbsent(file.toAbsolutePath().normalize(), option);
            if (other != null) {
                throw EngagementException.usage(option + " and " + other + " name the same file; give them different "
                        + "names.");
            }
        });
    }

    /**
     * Writes everything asked for, once. A run that succeeded fails when its report cannot be written
     * (a monitor would read an old one); a run that already failed only warns, keeping its own error.
     */
    synchronized void write(ExitCode exit, String error) {
        if (written || !wanted()) {
            return;
        }
        written = true;
        RunReport report = report(exit, error);
        List<String> failures = new ArrayList<>();
        FetchSettings.ReportSettings r = settings.reporting();
        if (r.report() != null) {
            attempt(failures, "the report " + r.report(), () -> ReportJson.write(r.report(), report));
        }
        if (r.metricsFile() != null) {
            attempt(failures, "the metrics file " + r.metricsFile(), () -> MetricsFile.write(r.metricsFile(), report));
        }
        String summary = ctx.env(StepSummary.ENV);
        if (summary != null) {
            attempt(failures, "the step summary " + summary, () -> StepSummary.append(Path.of(summary), report));
        }
        if (failures.isEmpty()) {
            return;
        }
        String message = "Could not write " + String.join("; ", failures) + ".";
        if (exit == ExitCode.OK) {
            throw new EngagementException(ExitCode.PARTIAL_FAILURE, message + " The result itself was written.");
        }
        reporter.warn(message);
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void attempt(List<String> failures, String what, Write write) {
        try {
            write.run();
        } catch (IOException | RuntimeException e) {
            failures.add(what + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    RunReport report(ExitCode exit, String error) {
        InputSummary input = record.input;
        Traffic traffic = record.traffic;
        IdLists ids = record.result == null ? null : record.result.ids();
        RunReport.Ids read = input == null ? RunReport.Ids.NONE
                : new RunReport.Ids(input.idsRead(), input.uniqueIds(), input.duplicates(), input.invalidSkipped());
        RunReport.Traffic sent = traffic == null ? RunReport.Traffic.NONE : new RunReport.Traffic(traffic.requests(),
                traffic.answers(), traffic.retries(), traffic.rateLimited(), traffic.waits());
        boolean partial = record.result != null ? record.result.partial() : exit != ExitCode.OK;
        return new RunReport(Version.current(), FetchJob.redacted(settings.arguments()), settings.endpoint().path(),
                profile(), record.started, ctx.clock().instant(), read, sent, idLists(ids),
                ids == null ? 0 : fetched(read.unique(), ids), partial, new RunReport.Exit(exit.code(), exit.meaning()),
                error, outputs(), journal(), top(record.top));
    }

    /** The profile whose credentials the run used: the label that tells one Tweet owner's runs from another's. */
    private String profile() {
        return settings.target().sandbox() ? "sandbox" : ProfileLocation.of(settings.auth().profile(), ctx.env()).name();
    }

    private static Map<String, Long> idLists(IdLists ids) {
        Map<String, Long> lists = new LinkedHashMap<>();
        lists.put(ResultKeys.UNAVAILABLE, ids == null ? 0L : ids.unavailable.size());
        lists.put(ResultKeys.UNSUPPORTED_VIDEO, ids == null ? 0L : ids.unsupportedForVideoViews.size());
        lists.put(ResultKeys.UNSUPPORTED_IMPRESSIONS, ids == null ? 0L : ids.unsupportedForImpressionsEngagements.size());
        lists.put(ResultKeys.FORBIDDEN, ids == null ? 0L : ids.forbidden.size());
        lists.put(ResultKeys.FAILED, ids == null ? 0L : ids.failed.size());
        lists.put(ResultKeys.OUT_OF_RANGE, ids == null ? 0L : ids.outOfRange.size());
        return lists;
    }

    /** Distinct IDs with counts: those read, less those in a list of IDs given no counts at all. */
    private static long fetched(long unique, IdLists ids) {
        Set<String> none = new HashSet<>(ids.failed);
        none.addAll(ids.forbidden);
        none.addAll(ids.unavailable);
        none.addAll(ids.outOfRange);
        return Math.max(0, unique - none.size());
    }

    private List<RunReport.OutputFile> outputs() {
        List<RunReport.OutputFile> files = new ArrayList<>();
        if (!record.outputsWritten) {
            return files;
        }
        OutputSettings out = settings.output();
        add(files, "output", out.file());
        add(files, "top_output", out.topOutput());
        if (out.idsDir() != null && record.result != null) {
            for (String name : IdListFiles.files(record.result.ids()).keySet()) {
                add(files, "ids_dir", out.idsDir().resolve(name));
            }
        }
        return files;
    }

    private static void add(List<RunReport.OutputFile> files, String role, Path file) {
        RunReport.OutputFile f = file == null ? null : FileDigest.of(role, file);
        if (f != null) {
            files.add(f);
        }
    }

    private String journal() {
        return record.journal == null || record.journal.isTemporary() ? null : record.journal.file().toString();
    }

    private static Map<String, List<RunReport.Ranked>> top(TopTweets top) {
        Map<String, List<RunReport.Ranked>> lists = new LinkedHashMap<>();
        if (top != null) {
            top.ranked().forEach((metric, entries) -> lists.put(metric, entries.stream()
                    .map(e -> new RunReport.Ranked(Long.toString(e.tweetId()), e.count())).toList()));
        }
        return lists;
    }
}
