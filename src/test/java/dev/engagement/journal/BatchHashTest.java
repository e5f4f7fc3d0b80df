package dev.engagement.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.engagement.api.Endpoint;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.api.TimeWindow;
import dev.engagement.fetch.RequestShape;
import dev.engagement.merge.BatchResult;
import dev.engagement.plan.IdBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's hash identifies its request across versions: journals of either function are resumed. */
class BatchHashTest {
    static final IdBatch IDS = new IdBatch(1, List.of("20", "1995402775890749947", "1234567890123456789"), List.of());
    static final IdBatch WINDOWED = new IdBatch(7, List.of("1995402775890749947"), List.of(
            window("2026-11-01T00:00:00Z", "2026-11-29T00:00:00Z"), window("2026-11-29T00:00:00Z", "2026-12-01T00:00:00Z")));
    static final Grouping GROUPING = new Grouping("counts", List.of(GroupKey.TWEET_ID, GroupKey.ENGAGEMENT_TYPE));
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    static TimeWindow window(String start, String end) {
        return new TimeWindow(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void theSha256PrefixIsTheOneEarlierVersionsWrote() {
        BatchHash.Hasher sha = BatchHash.SHA256_PREFIX.hasher();
        assertEquals(0xd9e71d525c57c586L, sha.hash(IDS));
        assertEquals(0x4e3c69968c1f215eL, sha.hash(WINDOWED));
    }

    @Test
    void theCurrentHashIsFixedAndTellsOrderIdsAndWindowsApart() {
        BatchHash.Hasher mix = BatchHash.CURRENT.hasher();
        assertEquals(mix.hash(IDS), BatchHash.MIX64.hasher().hash(IDS), "the same on every run");
        assertEquals(0x778fb00113d1e191L, mix.hash(IDS), "journals already written hold this value");
        List<IdBatch> others = List.of(
                new IdBatch(1, List.of("1995402775890749947", "20", "1234567890123456789"), List.of()),
                new IdBatch(1, List.of("20", "1995402775890749947"), List.of()),
                new IdBatch(1, List.of("201", "995402775890749947", "1234567890123456789"), List.of()),
                new IdBatch(1, List.of("20", "1995402775890749947", "1234567890123456788"), List.of()),
                new IdBatch(1, IDS.tweetIds(), WINDOWED.windows()),
                new IdBatch(1, IDS.tweetIds(), WINDOWED.windows().subList(0, 1)));
        for (IdBatch other : others) {
            assertNotEquals(mix.hash(IDS), mix.hash(other), other.toString());
        }
        assertEquals(mix.hash(IDS), mix.hash(new IdBatch(9, IDS.tweetIds(), List.of())), "the number is not hashed");
    }

    @Test
    void aJournalKeepsTheHashItsHeaderNamesAndOneWithoutANameIsResumedWithSha256(@TempDir Path dir)
            throws IOException {
        for (BatchHash kind : BatchHash.values()) {
            Path file = dir.resolve(kind + ".journal");
            try (Journal journal = open(file, Journal.Start.NEW)) {
                journal.begin(header(kind));
                journal.record(IDS, new BatchResult(List.of(GROUPING)));
            }
            String headerLine = Files.readAllLines(file).get(0);
            assertEquals(kind != BatchHash.SHA256_PREFIX, headerLine.contains("\"batch_hash\""), headerLine);
            try (Journal journal = open(file, Journal.Start.RESUMED)) {
                assertEquals(kind, journal.previous().batchHash());
                assertNotNull(journal.replay(IDS), kind + ": the recorded batch is replayed");
                assertNull(journal.replay(new IdBatch(1, List.of("20"), List.of())), "another batch 1 is fetched");
            }
        }
    }

    @Test
    void aHashThisVersionDoesNotKnowMakesTheJournalUntrusted() throws IOException {
        java.io.StringWriter json = new java.io.StringWriter();
        HeaderCodec.header(json, header(BatchHash.MIX64));
        String newer = json.toString().replace("\"batch_hash\":\"mix64\"", "\"batch_hash\":\"mix128\"");
        assertNotEquals(json.toString(), newer);
        JournalLines.BadLine e = assertThrows(JournalLines.BadLine.class, () -> HeaderCodec.readHeader(newer));
        assertEquals("its batches are hashed with mix128, which a newer version of the tool wrote and this one does "
                + "not know", e.getMessage());
    }

    private static Journal open(Path file, Journal.Start expected) throws IOException {
        Journal.Opened opened = Journal.open(file, "fp", new Journal.Policy(false, Duration.ofDays(1), CLOCK));
        assertEquals(expected, opened.start(), String.valueOf(opened.note()));
        return opened.journal();
    }

    static RunHeader header(BatchHash kind) {
        return new RunHeader(new RunHeader.Origin("fp", CLOCK.instant(), "test", List.of(), List.of()),
                new RequestShape(Endpoint.TOTALS, List.of(Metric.FAVORITES), List.of(GROUPING)),
                new RunHeader.Shown(List.of(GROUPING.name()), null, null),
                new RunHeader.Plan(null, List.of(), 3, 1, List.of()), kind);
    }
}
