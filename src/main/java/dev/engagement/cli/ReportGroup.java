package dev.engagement.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options for what a run tells machines when it ends: a JSON run report and Prometheus metrics. */
public final class ReportGroup {
    @Option(names = "--report", paramLabel = "FILE",
            description = "Write a JSON run report to FILE (atomically; also when the run fails or is interrupted): "
                    + "counts, requests, retries, waits, ID list sizes, exit code, output files with SHA-256.")
    Path report;

    @Option(names = "--metrics-file", paramLabel = "FILE",
            description = "Write the run's metrics to FILE in the Prometheus text format, for node_exporter's "
                    + "textfile collector (atomically; other endpoints' and profiles' samples are kept).")
    Path metricsFile;
}
