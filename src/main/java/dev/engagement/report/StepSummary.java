package dev.engagement.report;

import dev.engagement.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown a CI job page shows for a run (GitHub Actions reads the file named by
 * {@code GITHUB_STEP_SUMMARY}): counts, ID list sizes, the --top lists and what the exit code means.
 */
public final class StepSummary {
    /** The variable GitHub Actions sets to the file that step summaries are appended to. */
    public static final String ENV = "GITHUB_STEP_SUMMARY";

    private StepSummary() {
    }

    /** Appends the summary of {@code r} to {@code file} (the file is shared by the job's steps: never replaced). */
    public static void append(Path file, RunReport r) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            out.write(render(r).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static String render(RunReport r) {
        StringBuilder md = new StringBuilder();
        md.append("### engagement ").append(r.endpoint()).append(": ")
                .append(r.succeeded() ? "done" : r.partial() ? "partial result" : "failed")
                .append(" (exit ").append(r.exit().code()).append(")\n\n");
        md.append("| Run | Count |\n|---|---:|\n");
        row(md, "Tweet IDs read", Text.number(r.ids().read()));
        row(md, "Unique Tweet IDs", Text.number(r.ids().unique()));
        row(md, "Duplicates dropped", Text.number(r.ids().duplicates()));
        row(md, "Tweets fetched", Text.number(r.tweetsFetched()));
        row(md, "Requests", Text.number(r.traffic().requests()));
        row(md, "Retries", Text.number(r.traffic().retries()));
        row(md, "HTTP 429 answers", Text.number(r.traffic().rateLimited()));
        row(md, "Time waited", String.format(Locale.ROOT, "%.1f s", ReportJson.seconds(r.traffic().totalWait())));
        row(md, "Duration", String.format(Locale.ROOT, "%.1f s", ReportJson.seconds(r.duration())));
        md.append("\n| ID list | IDs |\n|---|---:|\n");
        r.idLists().forEach((list, n) -> row(md, "`" + list + "`", Text.number(n)));
        if (!r.top().isEmpty()) {
            // Folded: one table per metric would push the exit line off the first screen.
            md.append("\n<details><summary>Top Tweets per metric</summary>\n");
        }
        for (Map.Entry<String, List<RunReport.Ranked>> metric : r.top().entrySet()) {
            md.append("\n| Top ").append(metric.getValue().size()).append(" by ").append(cell(metric.getKey()))
                    .append(" | Tweet | Count |\n|---:|---|---:|\n");
            int rank = 1;
            for (RunReport.Ranked t : metric.getValue()) {
                md.append("| ").append(rank++).append(" | ").append(t.tweetId()).append(" | ")
                        .append(Text.number(t.count())).append(" |\n");
            }
        }
        if (!r.top().isEmpty()) {
            md.append("\n</details>\n");
        }
        md.append("\n**Exit ").append(r.exit().code()).append("**: ").append(cell(r.exit().meaning())).append(".\n");
        if (r.error() != null) {
            md.append("\n> ").append(cell(r.error())).append('\n');
        }
        return md.append('\n').toString();
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    /** Text in a table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
