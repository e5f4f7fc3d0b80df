package dev.engagement.app;

import dev.engagement.api.Endpoint;
import dev.engagement.config.ProfileChoice;
import dev.engagement.console.LogFormat;
import dev.engagement.console.ProgressMode;
import dev.engagement.console.Verbosity;
import dev.engagement.input.InputOptions;
import dev.engagement.output.OutputSettings;
import dev.engagement.plan.RangeRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a fetch command was asked to do, one typed record per option group, as the command
 * line gave it (nullable where an option is optional). Rules that need the endpoint are applied
 * by {@link FetchJob}, not here.
 */
public record FetchSettings(Endpoint endpoint, List<String> files, InputOptions input, RequestSettings request,
        RangeRequest range, TargetSettings target, AuthSettings auth, OutputSettings output, ReliabilitySettings reliability,
        JournalSettings journal, Verbosity verbosity, ProgressMode progress, List<String> arguments,
        ReportSettings reporting, String store) {

    /**
     * {@code arguments}: the command line as typed after {@code engagement}, for the journal and reports (no secrets);
     * {@code store}: {@code --store} as given (null: ENGAGEMENT_STORE or the profile's, if any).
     */
    public FetchSettings {
        files = List.copyOf(files);
        arguments = List.copyOf(arguments);
    }

    /** What each request asks for: metrics and groupings (empty lists mean the defaults), and whether to send at all. */
    public record RequestSettings(List<String> metrics, List<GroupingRequest> groupings, boolean dryRun) {
        public RequestSettings {
            metrics = List.copyOf(metrics);
            groupings = List.copyOf(groupings);
        }
    }

    /** One {@code -g NAME=key,key} as typed: the name and the raw keys, checked against the endpoint later. */
    public record GroupingRequest(String name, List<String> keys) {
        public GroupingRequest {
            keys = List.copyOf(keys);
        }
    }

    /** Where requests go: {@code --api-url}, the in-process {@code --sandbox}, and whether plain http may leave this machine. */
    public record TargetSettings(String apiUrl, boolean sandbox, boolean allowInsecureHttp) {
    }

    /**
     * How to authenticate: {@code --auth}, the profile to read credentials from, and the profiles to route
     * Tweets between by owner ({@code --profiles}, {@code --all-profiles}).
     */
    public record AuthSettings(AuthMode mode, ProfileChoice profile, OwnerSettings owners) {
        public AuthSettings {
            mode = mode == null ? AuthMode.auto : mode;
            profile = profile == null ? ProfileChoice.DEFAULT : profile;
            owners = owners == null ? OwnerSettings.NONE : owners;
        }

        public AuthSettings(AuthMode mode, ProfileChoice profile) {
            this(mode, profile, OwnerSettings.NONE);
        }
    }

    /** {@code --profiles a,b,c} ({@code names}) or {@code --all-profiles} ({@code all}); neither: one profile. */
    public record OwnerSettings(List<String> names, boolean all) {
        public static final OwnerSettings NONE = new OwnerSettings(List.of(), false);

        public OwnerSettings {
            names = List.copyOf(names);
        }

        public boolean routes() {
            return all || !names.isEmpty();
        }

        /** As typed, for messages. */
        public String option() {
            return all ? "--all-profiles" : "--profiles " + String.join(",", names);
        }
    }

    /** Retries, timeouts and pacing. */
    public record ReliabilitySettings(int maxRetries, Duration timeout, double requestsPerMinute, Duration maxWait) {
    }

    /**
     * The run's journal: {@code file} null for the default place; {@code off}: keep nothing on disk
     * ({@code --no-journal}); {@code fresh}: never resume; {@code resumeWithin}: how old a journal may be
     * and still be resumed.
     */
    public record JournalSettings(Path file, boolean off, boolean fresh, Duration resumeWithin) {
    }

    /**
     * What the run tells machines: {@code report} the JSON run report ({@code --report}), {@code metricsFile}
     * Prometheus metrics ({@code --metrics-file}), each null when not asked; {@code logFormat} how stderr
     * events are written.
     */
    public record ReportSettings(Path report, Path metricsFile, LogFormat logFormat) {
        public ReportSettings {
            logFormat = logFormat == null ? LogFormat.TEXT : logFormat;
        }
    }
}
