package dev.engagement.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** Rows built as bytes are the rows Commons CSV's RFC 4180 format prints, byte for byte. */
class CsvRowBytesTest {
    static final List<String> AWKWARD = List.of("", "x", "impressions", "2026-12-02", "07", "0", "1234567890123456789",
            "a,b", "say \"hi\"", "two\nlines", "cr\ronly", "#hash", " leading", "trailing ", "\t", "données",
            "📈 up", "-12", "0012", "a very long value, with a comma and more than sixteen characters");

    static String reference(String... values) {
        return CSVFormat.RFC4180.format((Object[]) values) + CSVFormat.RFC4180.getRecordSeparator();
    }

    static String written(CsvRowBytes rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rows.writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyValueInEveryPositionIsQuotedAsCommonsCsvQuotesIt() throws IOException {
        CsvRowBytes rows = new CsvRowBytes();
        StringBuilder expected = new StringBuilder();
        for (String first : AWKWARD) {
            for (String other : AWKWARD) {
                // Twice each: the second time the cached cell is used.
                for (int twice = 0; twice < 2; twice++) {
                    rows.row(first, other, "", other);
                    expected.append(reference(first, other, "", other));
                }
            }
        }
        assertEquals(expected.toString(), written(rows));
    }

    @Test
    void countsAreWrittenAsLongToStringWrites() throws IOException {
        long[] counts = {0, 1, 9, 10, 99, 100, 123456789, Long.MAX_VALUE, -1, -10, Long.MIN_VALUE};
        CsvRowBytes rows = new CsvRowBytes();
        StringBuilder expected = new StringBuilder();
        for (long c : counts) {
            rows.append(rows.firstCell("g"));
            rows.appendCount(c);
            rows.endRow();
            expected.append(reference("g", Long.toString(c)));
        }
        assertEquals(expected.toString(), written(rows));
    }

    @Test
    void moreDistinctValuesThanTheCacheHoldsAreStillRight() throws IOException {
        CsvRowBytes rows = new CsvRowBytes();
        StringBuilder expected = new StringBuilder();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 10_000; i++) {
                String v = "v," + i;
                rows.row("g", v);
                expected.append(reference("g", v));
            }
        }
        assertEquals(expected.toString(), written(rows));
    }

    @Test
    void aBatchLargerThanTheBufferIsWrittenWholeAndTheNextStartsEmpty() throws IOException {
        CsvRowBytes rows = new CsvRowBytes();
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            rows.row("hourly", Integer.toString(i), "impressions");
            big.add(reference("hourly", Integer.toString(i), "impressions"));
        }
        assertEquals(String.join("", big), written(rows));
        rows.row("after", "1");
        assertEquals(reference("after", "1"), written(rows));
        assertEquals("", written(rows));
    }
}
