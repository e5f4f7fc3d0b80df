package dev.engagement.input;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

/**
 * The second pass: reads the sources again and yields each valid ID the first time it occurs,
 * reading at most one {@link IdBuffer} ahead. Invalid records were reported by the first pass and
 * are passed over silently here.
 *
 * <p>The set of IDs already yielded is built afresh rather than kept from the first pass: sized from
 * the first pass's count it never has to grow, only one such set is alive at a time, and
 * {@link TweetIdReader#ids()} can be called more than once. When the first pass found no duplicate
 * there is no set: every valid ID is yielded as read (a source that changed since is refused).
 */
final class UniqueIdIterator implements PrimitiveIterator.OfLong, Closeable {
    private final Iterator<InputSource> sources;
    private final Iterator<SourceIdentity> identities;
    private SourceIdentity identity;
    private final InputOptions options;
    /** The IDs yielded so far; null when the sources hold no duplicate. */
    private final LongHashSet yielded;
    private final IdBuffer batch = new IdBuffer();
    private int position;
    private InputSource source;
    private IdRecords records;
    private boolean exhausted;

    /** {@code scanned}: what the first pass found, each source's identity among it; a source that differs is refused. */
    UniqueIdIterator(List<InputSource> sources, InputSummary scanned, InputOptions options) {
        this.sources = sources.iterator();
        this.identities = scanned.sources().iterator();
        this.options = options;
        this.yielded = scanned.duplicates() == 0 ? null : new LongHashSet(scanned.uniqueIds());
    }

    @Override
    public boolean hasNext() {
        while (position == batch.size()) {
            if (exhausted) {
                return false;
            }
            fillBatch();
        }
        return true;
    }

    @Override
    public long nextLong() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.id(position++);
    }

    @Override
    public void close() {
        if (records != null) {
            try {
                records.close();
            } catch (IOException ignored) {
                // Only read from; nothing is lost if closing fails.
            }
            records = null;
        }
    }

    /** Reads up to a batch of valid IDs and keeps those not yielded before; may keep none. */
    private void fillBatch() {
        batch.clear();
        position = 0;
        try {
            while (!readIntoBatch()) {
                if (!sources.hasNext()) {
                    exhausted = true;
                    break;
                }
                source = sources.next();
                identity = identities.next();
                records = source.openRecords(options);
            }
        } catch (IOException | InputSource.ReadFailure | InputSyntaxException e) {
            // Malformed content here means the file changed since the first pass found it well-formed.
            close();
            source.checkUnchanged(identity);
            throw source.failure(e);
        }
        if (source != null) {
            // Before any ID of this batch is sent: a file cut or rewritten since the first pass stops the run here.
            source.checkUnchanged(identity);
        }
        if (yielded != null) {
            batch.retainNew(yielded);
        }
    }

    /** @return true if the batch filled up, false if the current source (if any) ran out first */
    private boolean readIntoBatch() throws IOException {
        if (records == null) {
            return false;
        }
        while (records.next()) {
            long id = records.id();
            if (id != TweetIdSyntax.INVALID && batch.add(id, records.line())) {
                return true;
            }
        }
        close();
        return false;
    }
}
