package dev.engagement.fetch;

/** Counters of a run, for the summary. */
public final class FetchStats {
    public long batchesFetched;
    public long batchesFromCheckpoint;
}
