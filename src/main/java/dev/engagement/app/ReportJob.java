package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Text;
import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;
import dev.engagement.journal.JournalFile;
import dev.engagement.output.OutputPaths;
import dev.engagement.output.OutputTarget;
import dev.engagement.api.Endpoint;
import dev.engagement.html.GrowthData;
import dev.engagement.html.GrowthPage;
import dev.engagement.html.HtmlReport;
import dev.engagement.html.Report;
import dev.engagement.html.ReportSource;
import dev.engagement.html.RunData;
import dev.engagement.html.RunPage;
import dev.engagement.store.SnapshotStore;
import dev.engagement.store.StoreTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code engagement report INPUT -o FILE}: an HTML report of a JSON result or a journal, or
 * ({@code --store TARGET}) of the growth a snapshot store holds, written atomically (a temporary
 * file renamed into place), without a request.
 */
public final class ReportJob {
    private static final byte[] JOURNAL_START = "{\"journal\":".getBytes(StandardCharsets.US_ASCII);

    private final RunContext ctx;
    private final Reporter reporter;

    public ReportJob(RunContext ctx, Verbosity verbosity) {
        this.ctx = ctx;
        this.reporter = new Reporter(ctx.err(), verbosity, ctx.colorOnStderr());
    }

    /** A report from a snapshot store: {@code store} as given with --store, the endpoint and the period. */
    public record StoreInput(String store, Endpoint endpoint, Duration since) {
    }

    /** {@code output}: the HTML file, or null (or "-") for stdout. */
    public ExitCode run(Path input, Path output, RunPage.Options options) throws IOException {
        if (Files.isDirectory(input) || !Files.isReadable(input)) {
            throw EngagementException.usage("Cannot read " + input + "; give a JSON result (-f json) or a journal.");
        }
        refuseOverwriting(input, output);
        return write(output, () -> {
            if (isJournal(input)) {
                try (JournalFile journal = JournalFile.open(input)) {
                    JournalRunData data = new JournalRunData(journal);
                    Report report = read(data, options);
                    if (data.facts().partial()) {
                        reporter.warn("The run of " + input + " did not complete: the report shows a partial result.");
                    }
                    return report;
                }
            }
            return read(ResultFileData.open(input), options);
        });
    }

    /**
     * The growth the store holds for the period: complete snapshots summed per metric, and the
     * {@code top} fastest-growing Tweets per metric (as {@code engagement growth} finds them).
     */
    public ExitCode run(StoreInput input, Path output, int top) throws IOException {
        StoreTarget target = StoreTarget.parse(input.store()).existing();
        if (target.file() != null) {
            refuseOverwriting(target.file(), output);
        }
        Instant since = ctx.clock().instant().minus(input.since()).truncatedTo(ChronoUnit.SECONDS);
        GrowthData data;
        try (SnapshotStore store = SnapshotStore.open(target, ctx.clock())) {
            data = StoreGrowthData.read(store, input, since, top);
        }
        if (data.partialLeftOut() > 0) {
            reporter.note("Left out " + Text.count(data.partialLeftOut(), "partial snapshot") + " of the period: the "
                    + "report shows complete snapshots only.");
        }
        return write(output, new GrowthPage(data));
    }

    private static boolean isStdout(Path output) {
        return output == null || output.toString().equals("-");
    }

    private static void refuseOverwriting(Path input, Path output) {
        if (output != null && output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
            throw EngagementException.usage("The report " + output + " would overwrite its input; choose another -o.");
        }
    }

    /** Reads the report and writes it atomically to {@code output} (or stdout); nothing is left of a failed one. */
    private ExitCode write(Path output, ReportSource source) throws IOException {
        boolean toStdout = isStdout(output);
        if (!toStdout) {
            OutputPaths.check("--output", output, List.of());
        }
        OutputTarget out = toStdout ? OutputTarget.stdout(ctx.out()) : OutputTarget.file(output);
        boolean committed = false;
        try {
            Report report = source.read();
            Writer w = new BufferedWriter(new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8));
            HtmlReport.write(report, w);
            out.commit();
            committed = true;
            if (!toStdout) {
                reporter.note("Wrote " + output + " (" + Text.number(Files.size(output)) + " bytes).");
            }
            return ExitCode.OK;
        } finally {
            if (!committed) {
                out.abort();
            }
        }
    }

    private static Report read(RunData data, RunPage.Options options) throws IOException {
        return new RunPage(data, options).read();
    }

    private static boolean isJournal(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(JOURNAL_START.length);
            return java.util.Arrays.equals(head, JOURNAL_START);
        }
    }
}
