package dev.engagement.fetch;

import dev.engagement.EngagementException;
import dev.engagement.api.CountTree;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.MalformedResponseException;
import dev.engagement.api.ResponseJson;
import dev.engagement.api.TimeWindow;
import dev.engagement.merge.BatchResult;
import dev.engagement.plan.IdBatch;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A durable record of completed batches, so an interrupted run continues where it stopped.
 *
 * <p>Line 1 is a header naming the command it belongs to (a fingerprint), the resolved time range
 * and free text. Each
 * further line is one completed batch, written and fsync'ed only after the batch was merged:
 * {@code number TAB ids-hash TAB forbidden-ids TAB response-json}. Batches come in the order they
 * were fetched, so a resumed run reads the file alongside its own batches and never holds it in
 * memory. A torn last line (a crash in mid-write) is ignored. Failed batches are not recorded, so a
 * rerun fetches them again.
 */
public final class Checkpoint implements Closeable {
    private static final String MAGIC = "engagement-checkpoint v1";

    private final FileChannel channel;
    private final BufferedReader replay;
    private final TimeWindow storedRange;
    private String pending;
    private boolean replayDone;

    private Checkpoint(FileChannel channel, BufferedReader replay, TimeWindow storedRange) {
        this.storedRange = storedRange;
        this.channel = channel;
        this.replay = replay;
    }

    /**
     * Opens a checkpoint for a command. An existing file for the same command is resumed; one for
     * another command is refused unless {@code force}, which starts it over.
     */
    public static Checkpoint open(Path file, String fingerprint, TimeWindow range, String description, boolean force)
            throws IOException {
        BufferedReader replay = null;
        TimeWindow storedRange = null;
        if (Files.exists(file)) {
            truncateTornTail(file);
        }
        if (Files.exists(file) && Files.size(file) > 0) {
            BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            String header = r.readLine();
            String[] parts = header == null ? new String[0] : header.split("\t", 4);
            boolean same = parts.length >= 3 && parts[0].equals(MAGIC) && parts[1].equals(fingerprint);
            if (same) {
                replay = r;
                storedRange = parts[2].equals("-") ? null : parseRange(parts[2]);
            } else {
                r.close();
                if (!force) {
                    throw EngagementException.usage("The checkpoint " + file + " belongs to a different command (endpoint, "
                            + "metrics, groupings, range or input differ): use another file, or pass --force to start it over.");
                }
                Files.delete(file);
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw EngagementException.usage("Cannot write the checkpoint " + file + ": the folder " + dir + " does not exist.");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        Checkpoint cp = new Checkpoint(channel, replay, storedRange);
        if (replay == null) {
            cp.append(MAGIC + "\t" + fingerprint + "\t" + (range == null ? "-" : range.start() + ".." + range.end()) + "\t"
                    + description.replace('\n', ' ') + "\n");
        }
        return cp;
    }

    /** The range the first run of this checkpoint resolved (relative times are kept as first resolved), or null. */
    public TimeWindow storedRange() {
        return storedRange;
    }

    /** Whether the file held batches from an earlier run. */
    public boolean isResuming() {
        return replay != null;
    }

    /**
     * The recorded result of this batch, if an earlier run completed it; reads forward in the file
     * and skips records of batches that are gone (the input changed).
     */
    public BatchResult replay(IdBatch batch, List<dev.engagement.api.Grouping> groupings) throws IOException {
        if (replay == null || replayDone) {
            return null;
        }
        String hash = hash(batch);
        while (true) {
            if (pending == null) {
                pending = replay.readLine();
                if (pending == null) {
                    replayDone = true;
                    return null;
                }
            }
            String[] f = pending.split("\t", 4);
            int number;
            try {
                number = Integer.parseInt(f[0]);
            } catch (NumberFormatException e) {
                return null;
            }
            if (f.length < 4) {
                return null;
            }
            if (number < batch.number()) {
                pending = null;
                continue;
            }
            if (number > batch.number() || !f[1].equals(hash)) {
                return null;
            }
            pending = null;
            BatchResult result = new BatchResult(groupings);
            EngagementResponse response;
            try {
                response = ResponseJson.parse(new StringReader(f[3]));
            } catch (MalformedResponseException e) {
                return null;
            }
            result.add(response);
            if (!f[2].isEmpty()) {
                result.ids().forbidden.addAll(List.of(f[2].split(",")));
            }
            return result;
        }
    }

    /** Records a completed, merged batch durably. */
    public void record(IdBatch batch, BatchResult result, List<dev.engagement.api.Grouping> groupings) throws IOException {
        EngagementResponse response = new EngagementResponse();
        for (dev.engagement.api.Grouping g : groupings) {
            CountTree counts = result.counts(g.name());
            response.groupings.put(g.name(), counts);
        }
        response.unavailableTweetIds.addAll(result.ids().unavailable);
        response.unsupportedForVideoViewsTweetIds.addAll(result.ids().unsupportedForVideoViews);
        response.unsupportedForImpressionsEngagementsTweetIds.addAll(result.ids().unsupportedForImpressionsEngagements);
        response.start = result.start();
        response.end = result.end();
        StringWriter json = new StringWriter();
        ResponseJson.write(response, json);
        append(batch.number() + "\t" + hash(batch) + "\t" + String.join(",", result.ids().forbidden) + "\t" + json + "\n");
    }

    private void append(String line) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
        channel.force(false);
    }

    /** A crash can leave half a line at the end: cut it off so new records start on a line of their own. */
    private static void truncateTornTail(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = ch.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            while (end > 0) {
                one.clear();
                ch.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < ch.size()) {
                ch.truncate(end);
                ch.force(true);
            }
        }
    }

    public static String fingerprint(String description) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(description.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimeWindow parseRange(String text) {
        int dots = text.indexOf("..");
        return new TimeWindow(java.time.Instant.parse(text.substring(0, dots)), java.time.Instant.parse(text.substring(dots + 2)));
    }

    private static String hash(IdBatch batch) {
        StringBuilder sb = new StringBuilder();
        for (String id : batch.tweetIds()) {
            sb.append(id).append(',');
        }
        sb.append('|').append(batch.windows());
        return fingerprint(sb.toString()).substring(0, 16);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        if (replay != null) {
            replay.close();
        }
    }
}
