package dev.engagement.journal;

import dev.engagement.Text;
import dev.engagement.EngagementException;
import dev.engagement.OrphanFiles;
import dev.engagement.api.Grouping;
import dev.engagement.fetch.CompletedBatches;
import dev.engagement.json.JsonSpans;
import dev.engagement.merge.BatchHistory;
import dev.engagement.merge.BatchResult;
import dev.engagement.plan.IdBatch;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The durable record of one run: its header, then one line per completed batch, each appended and
 * forced to disk before the next request, then how the run ended. Running the same command again
 * resumes it (batches recorded are replayed, not fetched); a completed journal, one too old, or
 * {@code --fresh} starts over. Outputs are rendered from it. An OS lock keeps a second run away.
 */
public final class Journal implements CompletedBatches, BatchHistory, Closeable {
    /** Names of temporary journals start so, then the process ID, so a later run can remove those a killed one left. */
    public static final String TEMP_PREFIX = "engagement-run-";

    /** How a journal was taken up. */
    public enum Start {
        /** No journal was there: a new one. */
        NEW,
        /** The run continues where an earlier attempt stopped. */
        RESUMED,
        /** A journal was there but is not continued (completed, too old, or --fresh): it starts over. */
        RESTARTED
    }

    /** How to treat a journal that is already there. */
    public record Policy(boolean fresh, Duration resumeWithin, Clock clock) {
    }

    /** An open journal, how it was taken up, and the sentence to tell the user about it (null: nothing to say). */
    public record Opened(Journal journal, Start start, String note) {
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Clock clock;
    private final JournalReading reading;
    private boolean temporary;
    private BatchIndex index;
    private RunHeader header;
    private boolean resumed;
    /** The line being written, kept between lines so its capacity is not grown again each time. */
    private final LineBytes line = new LineBytes(1 << 16);
    /** Where this process wrote each batch's counts into its record; made with the first record. */
    private CountSpans countSpans;
    /** Where the next line goes: the end of the lines written. The file goes on to {@link #reserved}, in zeros. */
    private long end;
    /** The file's length: {@link #end}, then the zeros {@link #reserve} wrote ahead of the lines. */
    private long reserved;
    /** False once space could not be reserved (a disk nearly full): lines are then appended as they come. */
    private boolean reserving = true;
    /** Identifies each batch's request in its record, with the function the header names. */
    private BatchHash.Hasher hasher = BatchHash.CURRENT.hasher();

    /** The least and the most space {@link #reserve} writes ahead at a time, and the zeros it writes. */
    private static final int MIN_RESERVE = 1 << 16;
    private static final int MAX_RESERVE = 1 << 20;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(MIN_RESERVE).asReadOnlyBuffer();

    private Journal(Path file, FileChannel channel, FileLock lock, Clock clock, boolean temporary) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.clock = clock;
        this.reading = new JournalReading(channel, file);
        this.temporary = temporary;
        this.index = new BatchIndex();
    }

    /** Opens or creates the journal {@code file} for the command whose fingerprint is given. */
    public static Opened open(Path file, String fingerprint, Policy policy) throws IOException {
        if (Files.isDirectory(file)) {
            throw EngagementException.usage("The journal " + file + " is a folder; name a file with --journal.");
        }
        JournalFiles.createPrivateFolder(file.toAbsolutePath().getParent());
        FileChannel channel;
        try {
            channel = JournalFiles.openPrivate(file);
        } catch (IOException e) {
            throw EngagementException.usage("Cannot open the journal " + file + " (" + JournalFiles.reason(e)
                    + "); name another file with --journal, or leave it out with --no-journal.");
        }
        Journal journal = new Journal(file, channel, lockOrRefuse(channel, file), policy.clock(), false);
        try {
            return journal.takeUp(fingerprint, policy);
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** A journal that lives only as long as the run ({@code --no-journal}): a private temporary file, deleted at close. */
    public static Journal temporary(Clock clock) throws IOException {
        Path file = Files.createTempFile(OrphanFiles.prefixOfThisProcess(TEMP_PREFIX), ".journal");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new Journal(file, channel, null, clock, true);
    }

    private static FileLock lockOrRefuse(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw EngagementException.usage("Another run is using the journal " + file + " right now: wait for it to "
                    + "end, or give this run another --journal.");
        }
        return lock;
    }

    private Opened takeUp(String fingerprint, Policy policy) throws IOException {
        JournalScan scan = JournalScan.ifCompleted(channel);
        try {
            if (scan == null) {
                scan = JournalScan.of(channel, file);
            }
        } catch (JournalScan.Damaged e) {
            throw damaged(file, e);
        }
        if (scan.header == null) {
            restart();
            return new Opened(this, Start.NEW, null);
        }
        String where = "the journal " + file;
        if (!scan.header.origin().fingerprint().equals(fingerprint)) {
            if (!policy.fresh()) {
                throw EngagementException.usage(capitalize(where) + " belongs to another command (its endpoint, "
                        + "options or input differ): use --fresh to start it over, or name another --journal.");
            }
            restart();
            return new Opened(this, Start.RESTARTED, "Starting " + where + " over (--fresh).");
        }
        if (policy.fresh()) {
            restart();
            return new Opened(this, Start.RESTARTED, "Starting over: --fresh leaves " + where + " unread.");
        }
        if (scan.ending != null && scan.ending.complete()) {
            restart();
            return new Opened(this, Start.RESTARTED, null);
        }
        Duration age = Duration.between(scan.lastRecordAt, policy.clock().instant());
        if (age.compareTo(policy.resumeWithin()) > 0) {
            restart();
            return new Opened(this, Start.RESTARTED, "Started fresh: " + where + " was last written at "
                    + scan.lastRecordAt + ", more than --resume-within " + JournalFiles.describe(policy.resumeWithin())
                    + " ago, so its batches are not taken up.");
        }
        if (scan.validEnd < scan.size) {
            channel.truncate(scan.validEnd);
            channel.force(true);
        }
        end = scan.validEnd;
        reserved = end;
        header = scan.header;
        hasher = header.batchHash().hasher();
        index = scan.index;
        resumed = true;
        long done = index.recorded() - index.failed();
        return new Opened(this, Start.RESUMED, "Resuming from " + where + ": " + Text.number(done) + " of "
                + Text.count(header.plan().batches(), "batch") + " were fetched before and are not fetched again"
                + (scan.torn ? " (the last record was cut short and its batch is fetched again)" : "") + ".");
    }

    static EngagementException damaged(Path file, JournalScan.Damaged e) {
        return EngagementException.usage(file + ":" + e.line + ": " + e.getMessage() + "; the journal cannot be "
                + "trusted, so nothing of it is used: run the same command with --fresh to start over, or remove the file.");
    }

    private void restart() throws IOException {
        channel.truncate(0);
        channel.force(true);
        end = 0;
        reserved = 0;
        index = new BatchIndex();
        header = null;
        countSpans = null;
        resumed = false;
    }

    /** Leaves what an earlier attempt recorded unread: the run starts over in this file (its batches would differ). */
    public void startOver() throws IOException {
        restart();
    }

    /** The header of the run being resumed, or null: its plan (range, windows) is the one to follow. */
    public RunHeader previous() {
        return resumed ? header : null;
    }

    /** Writes the header of a new run; a resumed run keeps the one it has. */
    public void begin(RunHeader runHeader) throws IOException {
        if (resumed) {
            return;
        }
        header = runHeader;
        hasher = runHeader.batchHash().hasher();
        line.clear();
        HeaderCodec.header(line, runHeader);
        writeLine();
    }

    public Path file() {
        return file;
    }

    public boolean isTemporary() {
        return temporary;
    }

    /** Removes a temporary journal now (the process is about to end at once); a kept journal stays. */
    public void discardIfTemporary() {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // removed at the next start by the stale-file cleanup
            }
        }
    }

    /** Keeps a temporary journal when the run ends: its batches are all that is left of a result not written. */
    public void keep() {
        if (temporary) {
            temporary = false;
            try {
                channel.force(false);
            } catch (IOException ignored) {
                // Its lines are written; they reach the disk with the system's own writeback.
            }
        }
    }

    public RunHeader header() {
        return header;
    }

    @Override
    public BatchResult replay(IdBatch batch) throws IOException {
        if (!index.has(batch.number()) || !index.hasDone(batch.number(), hasher.hash(batch))) {
            return null;
        }
        return read(batch.number(), null);
    }

    @Override
    public void record(IdBatch batch, BatchResult result) throws IOException {
        boolean failed = !result.ids().failed.isEmpty();
        long offset = end;
        long hash = hasher.hash(batch);
        line.clear();
        int number = batch.number();
        if (countSpans == null) {
            countSpans = new CountSpans(shape().stream().map(Grouping::name).toList());
        }
        countSpans.clear(number);
        RecordCodec.batch(line, number, hex(hash), clock.instant(), result, failed,
                (grouping, start, end) -> countSpans.put(number, grouping, start, end));
        writeLine();
        index.put(number, offset, line.length() - 1, hash, failed);
    }

    /** Records how the run ended: complete when every batch was fetched, else stopped with the reason. */
    public void finish(boolean complete, String reason) throws IOException {
        line.clear();
        RecordCodec.end(line, complete, clock.instant(), reason);
        writeLine();
    }

    /** Batches fetched and recorded, failed ones not counted. */
    public long batchesDone() {
        return index.recorded() - index.failed();
    }

    @Override
    public void forEachBatch(Set<String> groupings, Visitor visitor) throws IOException {
        for (int n = 1; n <= index.highest(); n++) {
            if (index.has(n)) {
                visitor.visit(read(n, groupings));
            }
        }
    }

    @Override
    public void forEachGroupingJson(String grouping, JsonVisitor visitor) throws IOException {
        forEachGrouping(grouping, visitor, null);
    }

    @Override
    public void forEachGroupingUtf8(String grouping, Utf8Visitor visitor) throws IOException {
        forEachGrouping(grouping, BatchHistory.encodingTo(visitor), visitor);
    }

    /**
     * Each batch's counts of a grouping: as bytes to {@code bytes} (when not null) where this process wrote
     * the record, else as text to {@code text}. Positions are kept only of records that are all ASCII, so
     * there a byte's position is its character's.
     */
    private void forEachGrouping(String grouping, JsonVisitor text, Utf8Visitor bytes) throws IOException {
        for (int n = 1; n <= index.highest(); n++) {
            if (!index.has(n)) {
                continue;
            }
            int start = countSpans == null ? -1 : countSpans.start(n, grouping);
            if (start >= 0 && bytes != null) {
                bytes.visit(reading.recordBytes(index, n), start, countSpans.end(n, grouping));
            } else if (start >= 0) {
                text.visit(reading.record(index, n), start, countSpans.end(n, grouping));
            } else {
                JournalReading.Counts counts = reading.groupingJson(index, n, grouping);
                if (counts != null) {
                    text.visit(counts.record(), counts.start(), JsonSpans.valueEnd(counts.record(), counts.start()));
                }
            }
        }
    }

    private BatchResult read(int batch, Set<String> groupings) throws IOException {
        return reading.readBatch(index, batch, shape(), groupings);
    }

    private List<Grouping> shape() {
        return header.shape().groupings();
    }

    /**
     * Frames the line built, appends it and forces it to disk. A temporary journal is not forced: a run
     * that stops cannot be resumed from it, and it is forced once it is kept.
     */
    private void writeLine() throws IOException {
        JournalLines.frame(line);
        if (!temporary && end + line.length() > reserved) {
            reserve(line.length());
        }
        ByteBuffer buf = ByteBuffer.wrap(line.array(), 0, line.length());
        long position = end;
        while (buf.hasRemaining()) {
            position += channel.write(buf, position);
        }
        if (!temporary) {
            channel.force(false);
        }
        end = position;
        reserved = Math.max(reserved, end);
    }

    /**
     * Writes zeros ahead of the lines, as much again as the file holds (64 KiB to 1 MiB, at least the
     * line to come), as a database does with its write-ahead log: a line then overwrites space the file
     * already has, so forcing it leaves the file's size and blocks as they are, and the file system has
     * no metadata to commit with it (on ext4 that halves the cost of each force). The zeros are cut off
     * when the journal is closed; a scan drops those a killed run left. Where the zeros do not fit (a
     * disk nearly full), lines are appended instead, so the disk fills no sooner.
     */
    private void reserve(int needed) throws IOException {
        if (!reserving) {
            return;
        }
        long target = end + Math.max(needed, Math.min(Math.max(MIN_RESERVE, end), MAX_RESERVE));
        target = (target + 4095) & -4096;
        try {
            long at = reserved;
            while (at < target) {
                ByteBuffer zeros = ZEROS.duplicate();
                zeros.limit((int) Math.min(zeros.capacity(), target - at));
                while (zeros.hasRemaining()) {
                    at += channel.write(zeros, at);
                }
            }
            reserved = at;
        } catch (IOException e) {
            reserving = false;
            channel.truncate(end);
            reserved = end;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!temporary && reserved > end && channel.isOpen()) {
                channel.truncate(end);
            }
        } catch (IOException ignored) {
            // The zeros stay; every reader of the journal drops them.
        }
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
            if (temporary) {
                Files.deleteIfExists(file);
            }
        }
    }

    static String hex(long hash) {
        return JournalLines.hex(hash, 16);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
