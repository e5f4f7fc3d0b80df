package dev.engagement.fetch;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Reporter;
import dev.engagement.StopSignal;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.EngagementRequest;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import dev.engagement.http.ApiClient;
import dev.engagement.http.ApiResponse;
import dev.engagement.http.RequestFailedException;
import dev.engagement.merge.BatchResult;
import dev.engagement.merge.ResultMerger;
import dev.engagement.plan.IdBatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fetches batches one after another. A batch is sent once per window and merged only when every
 * window answered; IDs the API refuses for this token are removed and the rest resubmitted at once;
 * a batch that fails after all retries is recorded as failed and the run goes on.
 */
public final class SequentialFetcher {
    /** Told after each batch, for progress. */
    public interface BatchListener {
        void batchDone(IdBatch batch, boolean failed);
    }

    private final ApiClient client;
    private final Endpoint endpoint;
    private final List<Metric> metrics;
    private final List<Grouping> groupings;
    private final ResultMerger merger;
    private final Reporter reporter;
    private final BatchListener listener;
    private final Checkpoint checkpoint;
    private final StopSignal stop;
    private long batchesFromCheckpoint;

    SequentialFetcher(ApiClient client, Endpoint endpoint, List<Metric> metrics, List<Grouping> groupings,
            ResultMerger merger, Reporter reporter, BatchListener listener, Checkpoint checkpoint, StopSignal stop) {
        this.client = client;
        this.endpoint = endpoint;
        this.metrics = metrics;
        this.groupings = groupings;
        this.merger = merger;
        this.reporter = reporter;
        this.listener = listener;
        this.checkpoint = checkpoint;
        this.stop = stop;
    }

    /** Batches an earlier run had completed, taken from the checkpoint instead of fetched. */
    public long batchesFromCheckpoint() {
        return batchesFromCheckpoint;
    }

    /**
     * Fetches every batch, or replays it from the checkpoint. Returns false when a stop was requested:
     * the batch in progress and every later one are then recorded as failed, so the partial result
     * says what is missing.
     */
    public boolean run(Iterator<IdBatch> batches) throws IOException {
        while (batches.hasNext()) {
            IdBatch batch = batches.next();
            if (stop.requested()) {
                markFailed(batch);
                batches.forEachRemaining(this::markFailedUnchecked);
                return false;
            }
            BatchResult result = checkpoint == null ? null : checkpoint.replay(batch, groupings);
            boolean replayed = result != null;
            if (!replayed) {
                try {
                    result = fetch(batch);
                } catch (InterruptedException e) {
                    markFailed(batch);
                    batches.forEachRemaining(this::markFailedUnchecked);
                    return false;
                }
            }
            boolean failed = !result.ids().failed.isEmpty();
            if (failed) {
                // A batch merges whole or not at all, so a Tweet never gets counts from only some windows.
                BatchResult failedOnly = new BatchResult(groupings);
                failedOnly.ids().addAll(result.ids());
                result = failedOnly;
            }
            merger.accept(result);
            if (checkpoint != null && !replayed && !failed) {
                checkpoint.record(batch, result, groupings);
            }
            if (replayed) {
                batchesFromCheckpoint++;
            }
            listener.batchDone(batch, failed);
        }
        return true;
    }

    private void markFailed(IdBatch batch) throws IOException {
        BatchResult failed = new BatchResult(groupings);
        failed.ids().markFailed(batch.tweetIds());
        merger.accept(failed);
    }

    private void markFailedUnchecked(IdBatch batch) {
        try {
            markFailed(batch);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    BatchResult fetch(IdBatch batch) throws InterruptedException {
        BatchResult result = new BatchResult(groupings);
        List<String> ids = new ArrayList<>(batch.tweetIds());
        List<TimeWindow> windows = batch.windows().isEmpty() ? Collections.singletonList(null) : batch.windows();
        for (TimeWindow window : windows) {
            while (!ids.isEmpty()) {
                EngagementRequest request = new EngagementRequest(endpoint, ids, metrics, groupings, window);
                ApiResponse response;
                try {
                    response = client.send(request);
                } catch (RequestFailedException e) {
                    reporter.warn("Batch " + batch.number() + " (" + ids.size() + " IDs" + describe(window) + ") failed: "
                            + e.getMessage() + ".");
                    result.ids().markFailed(batch.tweetIds().stream()
                            .filter(id -> !result.ids().forbidden.contains(id) && !result.ids().unavailable.contains(id))
                            .toList());
                    return result;
                }
                if (response.isOk()) {
                    result.add(response.body());
                    break;
                }
                if (!removeRefusedIds(response, ids, result)) {
                    throw refusal(response);
                }
            }
        }
        return result;
    }

    /**
     * Handles the refusals that name particular Tweets: unowned Tweets (403, spec 5.3) and
     * unavailable ones (400, spec 5.4). Returns false for any other refusal.
     */
    private boolean removeRefusedIds(ApiResponse response, List<String> ids, BatchResult result) {
        EngagementResponse body = response.body();
        if (body == null) {
            return false;
        }
        Set<String> refused = new LinkedHashSet<>();
        if (response.status() == 403) {
            for (String message : body.errors) {
                List<String> forbidden = ApiMessages.parseForbiddenTweetIds(message);
                forbidden.retainAll(ids);
                refused.addAll(forbidden);
                result.ids().forbidden.addAll(forbidden);
            }
        } else if (response.status() == 400 && !body.unavailableTweetIds.isEmpty()) {
            List<String> unavailable = new ArrayList<>(body.unavailableTweetIds);
            unavailable.retainAll(ids);
            refused.addAll(unavailable);
            result.ids().unavailable.addAll(unavailable);
        }
        if (refused.isEmpty()) {
            return false;
        }
        ids.removeAll(refused);
        reporter.verbose("Removed " + refused.size() + " refused Tweet ID(s) from the batch; "
                + (ids.isEmpty() ? "nothing left to send." : "resubmitting " + ids.size() + "."));
        return true;
    }

    private EngagementException refusal(ApiResponse response) {
        int status = response.status();
        String said = response.body() != null && !response.body().errors.isEmpty()
                ? String.join("; ", response.body().errors)
                : abbreviate(response.raw().bodyText());
        if (status == 401 || status == 403) {
            return new EngagementException(ExitCode.AUTH, AuthAdvice.explain(status, said, client.authenticator()));
        }
        return new EngagementException(ExitCode.USAGE, "The API refused the request with HTTP " + status + ": " + said
                + (said.endsWith(".") ? "" : "."));
    }

    private static String describe(TimeWindow window) {
        return window == null ? "" : ", window " + window;
    }

    private static String abbreviate(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 200 ? t.substring(0, 197) + "..." : t;
    }
}
