package dev.engagement.journal;

import dev.engagement.EngagementException;
import dev.engagement.json.JsonSpans;
import dev.engagement.merge.BatchHistory;
import dev.engagement.merge.BatchResult;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;

/** A journal opened to read only ({@code engagement export}, {@code engagement runs}): checked whole, never changed. */
public final class JournalFile implements BatchHistory, Closeable {
    private final Path file;
    private final FileChannel channel;
    private final JournalScan scan;
    private final JournalReading reading;

    private JournalFile(Path file, FileChannel channel, JournalScan scan) {
        this.file = file;
        this.channel = channel;
        this.reading = new JournalReading(channel, file);
        this.scan = scan;
    }

    /** Opens and checks a journal; anything that is not a sound journal is a usage error in one sentence. */
    public static JournalFile open(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw EngagementException.usage(file + " is a folder, not a journal; name a journal file (see 'engagement runs').");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw EngagementException.usage("Cannot read the journal " + file + " (" + JournalFiles.reason(e) + ").");
        }
        try {
            JournalScan scan = JournalScan.of(channel, file);
            if (scan.header == null) {
                throw EngagementException.usage(file + " is empty, not a journal.");
            }
            return new JournalFile(file, channel, scan);
        } catch (JournalScan.Damaged e) {
            channel.close();
            if (e.line == 1) {
                throw EngagementException.usage(file + " is not a journal of this tool (" + e.getMessage() + ").");
            }
            throw EngagementException.usage(file + ":" + e.line + ": " + e.getMessage()
                    + "; the journal cannot be trusted, so nothing of it is rendered.");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public RunHeader header() {
        return scan.header;
    }

    /** Whether the run ended with every batch fetched. */
    public boolean complete() {
        return scan.ending != null && scan.ending.complete() && scan.index.failed() == 0;
    }

    /** Why the run stopped, if its end record says; null otherwise. */
    public String stopReason() {
        return scan.ending == null ? null : scan.ending.reason();
    }

    public long batchesDone() {
        return scan.index.recorded() - scan.index.failed();
    }

    public long batchesFailed() {
        return scan.index.failed();
    }

    public Instant lastWritten() {
        return scan.lastRecordAt;
    }

    /** Whether the last line was cut short (a run killed while writing it). */
    public boolean torn() {
        return scan.torn;
    }

    @Override
    public void forEachBatch(Set<String> groupings, Visitor visitor) throws IOException {
        for (int n = 1; n <= scan.index.highest(); n++) {
            if (scan.index.has(n)) {
                BatchResult batch = reading.readBatch(scan.index, n,
                        scan.header.shape().groupings(), groupings);
                visitor.visit(batch);
            }
        }
    }

    @Override
    public void forEachGroupingJson(String grouping, JsonVisitor visitor) throws IOException {
        for (int n = 1; n <= scan.index.highest(); n++) {
            if (scan.index.has(n)) {
                JournalReading.Counts counts = reading.groupingJson(scan.index, n, grouping);
                if (counts != null) {
                    visitor.visit(counts.record(), counts.start(), JsonSpans.valueEnd(counts.record(), counts.start()));
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
