package dev.engagement.fetch;

import dev.engagement.api.Endpoint;
import dev.engagement.http.AuthSettings;
import dev.engagement.input.InputOptions;
import dev.engagement.output.OutputSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Everything a fetch command was asked to do, as given on the command line (nullable where optional). */
public record FetchSpec(
        Endpoint endpoint,
        List<String> files,
        InputOptions input,
        List<String> metrics,
        List<String> groupBy,
        String start,
        String end,
        boolean clamp,
        Duration sincePost,
        String apiUrl,
        boolean sandbox,
        AuthSettings auth,
        OutputSettings output,
        int maxRetries,
        Duration timeout,
        double requestsPerMinute,
        Path checkpoint,
        boolean force,
        boolean dryRun,
        boolean quiet,
        boolean verbose,
        boolean debug) {
}
