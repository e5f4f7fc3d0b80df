package dev.engagement.fetch;

/** Counters of a run, for the summary. */
public final class FetchStats {
    public long batchesDone;
    public long batchesSkipped;
    public long idsDone;
    public long resubmissions;
}
