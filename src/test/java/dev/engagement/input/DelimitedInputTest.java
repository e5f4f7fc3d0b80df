package dev.engagement.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.engagement.input.InputFixture.A;
import static dev.engagement.input.InputFixture.B;
import static dev.engagement.input.InputFixture.C;
import static dev.engagement.input.InputFixture.D;
import static dev.engagement.input.InputFixture.DEFAULTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DelimitedInputTest {
    @TempDir
    Path dir;

    @Test
    void readsTheTweetIdColumnOfAnExport() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("export.csv", "\uFEFFcreated_at,author,tweet_id,text,likes\r\n"
                + "2025-01-14T09:30:12Z,nasa," + A + ",Liftoff!,1200\r\n"
                + "2025-03-02T18:04:51Z,esa," + B + ",\"Hello, world\",87\r\n");
        assertEquals(List.of(A, B), input.read(file));
    }

    /** A CSV with old Mac line breaks ("\r" alone) longer than a line may be: bounded line by line. */
    @Test
    void aLongCsvWithCarriageReturnsOnlyIsReadRecordByRecord() {
        InputFixture input = new InputFixture(dir);
        List<Long> expected = new java.util.ArrayList<>();
        String text = InputFixture.carriageReturnLines("tweet_id,text\r", ",hello", expected);
        assertEquals(expected, input.read(input.write("mac.csv", text)));
    }

    /** Line numbers count a "\r" alone, "\r\n" and "\n" each as one line break, as the CSV reader does. */
    @Test
    void aLineTooLongIsNamedByItsLineWhateverTheLineBreaks() {
        InputFixture input = new InputFixture(dir);
        String longLine = "x".repeat(BoundedLines.LIMIT + 1);
        String file = input.write("mixed.csv", "tweet_id,text\r" + A + ",a\r\n" + B + ",b\n" + C + ",c\r" + longLine + "\n");
        String error = input.failure(file);
        assertTrue(error.startsWith(file + ":5: a line longer than"), error);
    }

    @Test
    void handlesQuotedFieldsWithCommasQuotesAndLineBreaks() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("tweets.csv", "id,text\n"
                + A + ",\"first line\nsecond line, with a comma\"\n"
                + B + ",\"she said \"\"hi\"\"\r\nand left\"\n"
                + C + ",plain\n");
        assertEquals(List.of(A, B, C), input.read(file));
    }

    @Test
    void reportsThePhysicalLineWhereARecordStarts() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("tweets.csv", "tweet_id,text\n"
                + A + ",\"two\nlines\"\n"
                + "\n"
                + B + ",\"three\r\nlines\rhere\"\n"
                + "oops,\"after the multi-line records\"\n");
        assertTrue(input.failure(file).startsWith(file + ":8: \"oops\" is not a Tweet ID"), input.failure(file));
    }

    @Test
    void prefersTweetIdThenIdStrThenIdWhateverTheirCaseAndOrder() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(B), input.read(input.write("a.csv", "id,ID_STR,note\n" + A + "," + B + ",x\n")));
        assertEquals(List.of(C), input.read(input.write("b.csv", "id_str,Tweet_ID\n" + A + "," + C + "\n")));
        assertEquals(List.of(D), input.read(input.write("c.csv", "user,Id\nnasa," + D + "\n")));
    }

    @Test
    void usesTheColumnNamedByIdColumnWhichMayHoldLinks() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("links.csv", "id,Permalink\n1,https://x.com/nasa/status/" + A + "\n2,https://x.com/esa/status/" + B + "\n");
        assertEquals(List.of(A, B), input.read(new InputOptions("permalink", false, false), file));
    }

    @Test
    void missingIdColumnNamesTheColumnsAndTheOption() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("export.csv", "created_at,author,text\n2025-01-14,nasa,hello\n");
        assertEquals(file + ":1: the header has no tweet_id, id_str or id column (it has \"created_at\", \"author\", \"text\");"
                + " name the column that holds the IDs with --id-column.", input.failure(file));
        String requested = input.failure(new InputOptions("status_id", true, false), InputFixture.noStdin(), file);
        assertEquals(file + ":1: the header has no column named \"status_id\" (it has \"created_at\", \"author\", \"text\").", requested);
    }

    @Test
    void ignoresRowsOfEmptyCellsButNotAnEmptyIdCell() {
        InputFixture input = new InputFixture(dir);
        String blankRows = input.write("blank.csv", "tweet_id,text\n" + A + ",x\n,,\n , \n");
        assertEquals(List.of(A), input.read(blankRows));
        String emptyCell = input.write("empty.csv", "tweet_id,text\n" + A + ",x\n,no id here\n");
        assertEquals(emptyCell + ":3: no value in the tweet_id column. Use --skip-invalid to skip invalid lines and go on.",
                input.failure(emptyCell));
    }

    @Test
    void unterminatedQuoteIsReportedWhereItStarts() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("broken.csv", "tweet_id,text\n" + A + ",fine\n" + B + ",\"never closed\n" + C + ",x\n");
        String message = input.failure(new InputOptions(null, true, false), InputFixture.noStdin(), file);
        assertEquals(file + ":3: cannot parse this CSV: a quoted field that starts on this line has no closing quote.", message);
    }

    @Test
    void readsTsvWithTheSameRules() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("ids.tsv", "author\ttweet_id\ttext\n"
                + "nasa\t" + A + "\tLiftoff, finally\n"
                + "esa\t" + B + "\t\"a quoted\ttab\"\n"
                + "nasa\t" + A + "\tagain\n");
        assertEquals(List.of(A, B), input.read(file));
        assertEquals(List.of(3L, 2L, 1L, 0L, 0L), InputFixture.counts(input.summary));
    }

    @Test
    void headerOnlyFileHasNoIds() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(), input.read(DEFAULTS, input.write("empty.csv", "tweet_id,text\n")));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), InputFixture.counts(input.summary));
    }
}
