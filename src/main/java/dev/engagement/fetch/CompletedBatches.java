package dev.engagement.fetch;

import dev.engagement.merge.BatchResult;
import dev.engagement.plan.IdBatch;
import java.io.IOException;

/** Where a run keeps the batches it completed, so that nothing fetched is lost and a rerun fetches only the rest. */
public interface CompletedBatches {
    /** What an earlier attempt of this run fetched for this batch, or null when it must be fetched. */
    BatchResult replay(IdBatch batch) throws IOException;

    /** Keeps a batch durably (on disk before the next request), failed ones too, which a rerun fetches again. */
    void record(IdBatch batch, BatchResult result) throws IOException;
}
