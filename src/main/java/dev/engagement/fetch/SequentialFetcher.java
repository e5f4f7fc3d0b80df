package dev.engagement.fetch;

import dev.engagement.api.CountTree;
import dev.engagement.api.Refusal;
import dev.engagement.api.TimeWindow;
import dev.engagement.http.ApiClient;
import dev.engagement.http.ApiResponse;
import dev.engagement.http.RequestFailedException;
import dev.engagement.merge.BatchResult;
import dev.engagement.merge.ResultMerger;
import dev.engagement.plan.IdBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * Fetches batches one after another. A batch is sent once per window and merged only when every
 * window answered; IDs the API refuses for a token are tried with the next token of the run's
 * {@link OwnerRouting} (with one token they are forbidden), removed, and the rest resubmitted at once;
 * a batch that fails after all retries is recorded as failed and the run goes on. A refusal of the
 * credentials or of the request, an unreachable API, or a stop request ends the run early: every
 * batch not fetched is recorded as failed, so the partial result says what is missing.
 */
public final class SequentialFetcher {
    /**
     * After this many batches in a row failed the same way (after all their retries), the run stops
     * with a partial result instead of grinding through the rest: the API is down, not flaky.
     */
    public static final int FAILED_IN_A_ROW = 5;

    /** Told about each batch and each event worth a word. */
    public interface Listener {
        void batchDone(IdBatch batch, boolean failed);

        void batchFailed(IdBatch batch, TimeWindow window, int ids, String reason);

        void idsRefused(int refused, int left);

        /**
         * A profile's credentials were refused in a run that signs with several: it signs nothing more,
         * and the Tweets only it could own are failed.
         */
        default void profileRefused(String profile, Refusal refusal) {
        }
    }

    /** Why a run ended before its last batch. */
    public sealed interface Stop permits Interrupted, Refused, Failing {
    }

    /** Ctrl-C or SIGTERM. */
    public record Interrupted() implements Stop {
    }

    /** The API refused the credentials or the request itself: every later request would be refused too. */
    public record Refused(Refusal refusal) implements Stop {
    }

    /** A failure every later request would meet as well (the API cannot be reached, a wait too long). */
    public record Failing(String reason) implements Stop {
    }

    /** How the run ended: {@code stop} is null when every batch was tried. */
    public record Outcome(Stop stop, long batchesReplayed) {
        public boolean completed() {
            return stop == null;
        }
    }

    /**
     * A batch's answer, or the reason the run stops at it. {@code keepCounts}: the failed IDs got no count in
     * any window, so the others' counts may be merged.
     */
    private record Fetched(BatchResult result, Stop stop, boolean keepCounts) {
        Fetched(BatchResult result, Stop stop) {
            this(result, stop, false);
        }
    }

    private final OwnerRouting routing;
    /** IDs of the batch being fetched that failed because a profile's credentials were refused. */
    private final java.util.Set<String> ownerLost = new java.util.HashSet<>();
    private final RequestShape shape;
    private final ResultMerger merger;
    private final CompletedBatches completed;
    private final BooleanSupplier stopRequested;
    private final Listener listener;
    private long batchesReplayed;
    private String lastFailure;
    private int failuresInARow;

    /** {@code completed}: where finished batches are kept and found again. */
    public SequentialFetcher(ApiClient client, RequestShape shape, ResultMerger merger, CompletedBatches completed,
            BooleanSupplier stopRequested, Listener listener) {
        this(OwnerRouting.single(client), shape, merger, completed, stopRequested, listener);
    }

    /** As above, signing with the tokens of {@code routing}: a Tweet refused as not owned is tried with the next. */
    public SequentialFetcher(OwnerRouting routing, RequestShape shape, ResultMerger merger, CompletedBatches completed,
            BooleanSupplier stopRequested, Listener listener) {
        this.routing = routing;
        this.shape = shape;
        this.merger = merger;
        this.completed = completed;
        this.stopRequested = stopRequested;
        this.listener = listener;
    }

    /** Fetches every batch, or replays it when an earlier attempt of the run completed it. */
    public Outcome run(Iterator<IdBatch> batches) throws IOException {
        while (batches.hasNext()) {
            IdBatch batch = batches.next();
            if (stopRequested.getAsBoolean()) {
                return stopAt(batch, batches, new Interrupted());
            }
            BatchResult result = completed.replay(batch);
            boolean replayed = result != null;
            boolean keepCounts = false;
            if (replayed) {
                batchesReplayed++;
            } else {
                Fetched fetched;
                try {
                    fetched = fetch(batch);
                } catch (InterruptedException e) {
                    return stopAt(batch, batches, new Interrupted());
                }
                if (fetched.stop() != null) {
                    return stopAt(batch, batches, fetched.stop());
                }
                result = fetched.result();
                keepCounts = fetched.keepCounts();
            }
            boolean failed = !result.ids().failed.isEmpty();
            if (!failed) {
                failuresInARow = 0;
            }
            if (failed && !keepCounts) {
                // A batch merges whole or not at all, so a Tweet never gets counts from only some windows.
                BatchResult failedOnly = new BatchResult(shape.groupings());
                failedOnly.ids().addAll(result.ids());
                result = failedOnly;
            }
            if (!replayed) {
                completed.record(batch, result);
            }
            try {
                merger.accept(result);
            } catch (CountTree.CountOverflowException e) {
                return stopAt(batch, batches, new Failing("summing the counts of batch " + batch.number()
                        + " overflowed: " + e.getMessage()));
            }
            listener.batchDone(batch, failed);
            if (failuresInARow >= FAILED_IN_A_ROW && batches.hasNext()) {
                return stopAt(batches.next(), batches, new Failing(failuresInARow + " batches in a row failed the "
                        + "same way (" + lastFailure + "), so the API is not answering; stopped instead of trying "
                        + "the rest"));
            }
        }
        return new Outcome(null, batchesReplayed);
    }

    private Outcome stopAt(IdBatch batch, Iterator<IdBatch> rest, Stop stop) throws IOException {
        markFailed(batch);
        try {
            rest.forEachRemaining(b -> {
                try {
                    markFailed(b);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Outcome(stop, batchesReplayed);
    }

    private void markFailed(IdBatch batch) throws IOException {
        BatchResult failed = new BatchResult(shape.groupings());
        failed.ids().markFailed(batch.tweetIds());
        merger.accept(failed);
    }

    private Fetched fetch(IdBatch batch) throws InterruptedException {
        ownerLost.clear();
        BatchResult result = new BatchResult(shape.groupings());
        List<String> ids = new ArrayList<>(batch.tweetIds());
        List<TimeWindow> windows = batch.windows().isEmpty() ? Collections.singletonList(null) : batch.windows();
        Map<String, Integer> ownerInBatch = new HashMap<>();
        for (TimeWindow window : windows) {
            Fetched stop = fetchWindow(batch, window, ids, ownerInBatch, result);
            if (stop != null) {
                return stop;
            }
        }
        // Tweets failed only because a profile's credentials were refused, and never counted in an earlier
        // window: the batch still fails (a rerun fetches it again), but the other Tweets' counts are kept.
        boolean keepCounts = !result.ids().failed.isEmpty()
                && result.ids().failed.stream().allMatch(id -> ownerLost.contains(id) && !ownerInBatch.containsKey(id));
        return new Fetched(result, null, keepCounts);
    }

    /**
     * One window of a batch: each ID is sent with the token routing names first; IDs refused as not owned
     * go on to the next token, those refused by every token become forbidden and leave {@code ids}.
     * {@code ownerInBatch}: the signer that fetched an ID in an earlier window of the batch, tried first.
     * Returns null when the window is done, else how the batch ends.
     */
    private Fetched fetchWindow(IdBatch batch, TimeWindow window, List<String> ids, Map<String, Integer> ownerInBatch,
            BatchResult result) throws InterruptedException {
        TreeMap<Integer, List<String>> queued = new TreeMap<>();
        Map<String, BitSet> tried = new HashMap<>();
        for (String id : ids) {
            Integer known = ownerInBatch.get(id);
            int start = known != null && !routing.disabled(known) ? known : routing.first(id);
            queued.computeIfAbsent(start, k -> new ArrayList<>()).add(id);
        }
        while (!queued.isEmpty()) {
            Map.Entry<Integer, List<String>> next = queued.pollFirstEntry();
            int signer = next.getKey();
            List<String> sending = next.getValue();
            while (!sending.isEmpty()) {
                ApiResponse response;
                routing.sent(signer);
                try {
                    response = routing.signer(signer).client().send(shape.request(sending, window));
                } catch (RequestFailedException e) {
                    if (e.stopsRun()) {
                        return new Fetched(null, new Failing(e.getMessage()));
                    }
                    listener.batchFailed(batch, window, ids.size(), e.getMessage());
                    failuresInARow = e.kind().equals(lastFailure) ? failuresInARow + 1 : 1;
                    lastFailure = e.kind();
                    result.ids().markFailed(batch.tweetIds().stream()
                            .filter(id -> !result.ids().forbidden.contains(id) && !result.ids().unavailable.contains(id))
                            .toList());
                    return new Fetched(result, null);
                }
                if (response.isOk()) {
                    try {
                        result.add(response.body());
                    } catch (CountTree.CountOverflowException e) {
                        listener.batchFailed(batch, window, ids.size(), e.getMessage());
                        result.ids().markFailed(batch.tweetIds());
                        return new Fetched(result, null);
                    }
                    fetched(sending, signer, response.body().unavailableTweetIds, result);
                    if (routing.signers().size() > 1) {
                        // With one token there is no other to try first: the map would only cost a lookup per ID.
                        sending.forEach(id -> ownerInBatch.put(id, signer));
                    }
                    break;
                }
                Refusal refusal = Refusal.read(response.status(), response.body(), response.raw().bodyText(), sending);
                if (refusal.kind() == Refusal.Kind.CREDENTIALS && routing.disable(signer)) {
                    listener.profileRefused(routing.signer(signer).profile(), refusal);
                    for (String id : sending) {
                        tried.computeIfAbsent(id, k -> new BitSet()).set(signer);
                        passOn(id, tried.get(id), queued, ids, result);
                    }
                    sending.clear();
                    continue;
                }
                if (refusal.kind() != Refusal.Kind.TWEETS) {
                    return new Fetched(null, new Refused(refusal));
                }
                result.ids().unavailable.addAll(refusal.unavailable());
                // Refused as unavailable (protected), not as not owned: the next run sends them here at once.
                refusal.unavailable().forEach(id -> routing.owned(id, signer));
                sending.removeAll(refusal.unavailable());
                ids.removeAll(refusal.unavailable());
                sending.removeAll(refusal.forbidden());
                routing.refused(signer, refusal.forbidden().size());
                int forbidden = 0;
                for (String id : refusal.forbidden()) {
                    BitSet seen = tried.computeIfAbsent(id, k -> new BitSet());
                    seen.set(signer);
                    if (!passOn(id, seen, queued, ids, result)) {
                        forbidden++;
                    }
                }
                listener.idsRefused(forbidden + refusal.unavailable().size(), ids.size());
            }
        }
        return null;
    }

    /**
     * Queues {@code id} for the next signer it was not tried with; with none left it is forbidden, or failed
     * when a signer whose credentials were refused might own it. Returns whether it was queued.
     */
    private boolean passOn(String id, BitSet tried, TreeMap<Integer, List<String>> queued, List<String> ids,
            BatchResult result) {
        int then = routing.next(tried);
        if (then >= 0) {
            queued.computeIfAbsent(then, k -> new ArrayList<>()).add(id);
            return true;
        }
        ids.remove(id);
        if (routing.anyDisabled()) {
            result.ids().markFailed(List.of(id));
            ownerLost.add(id);
        } else {
            result.ids().forbidden.add(id);
            routing.ownedByNone(id);
        }
        return false;
    }

    private void fetched(List<String> sent, int signer, List<String> unavailable, BatchResult result) {
        java.util.Set<String> gone = unavailable.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(unavailable);
        String profile = routing.signer(signer).profile();
        for (String id : sent) {
            // A deleted Tweet is remembered with the token it was sent with, so it stays in that batch next time.
            routing.owned(id, signer);
            if (!gone.contains(id)) {
                if (profile != null) {
                    result.fetchedBy(id, profile);
                }
            }
        }
    }
}
