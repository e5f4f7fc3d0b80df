package dev.engagement.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.engagement.input.InputFixture.A;
import static dev.engagement.input.InputFixture.B;
import static dev.engagement.input.InputFixture.SKIP_INVALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvalidInputTest {
    private static final String ACCEPTED = "expected 1 to 19 digits (at most 9223372036854775807)"
            + " or a Tweet link such as https://x.com/user/status/1876543210987654321.";
    private static final String SKIP_HINT = " Use --skip-invalid to skip invalid lines and go on.";

    @TempDir
    Path dir;

    /** The message for a file whose third line is {@code badLine}. */
    private String messageFor(String badLine) {
        InputFixture input = new InputFixture(dir);
        String file = input.write("tweet-ids.txt", A + "\n" + B + "\n" + badLine + "\n");
        String message = input.failure(file);
        String prefix = file + ":3: ";
        assertTrue(message.startsWith(prefix), message);
        assertTrue(message.endsWith(SKIP_HINT), message);
        return message.substring(prefix.length(), message.length() - SKIP_HINT.length());
    }

    @Test
    void lettersAreNotAnId() {
        assertEquals("\"abc\" is not a Tweet ID; " + ACCEPTED, messageFor("abc"));
        assertEquals("\"-5\" is not a Tweet ID; " + ACCEPTED, messageFor("-5"));
        assertEquals("\"12 34\" is not a Tweet ID; " + ACCEPTED, messageFor("12 34"));
    }

    @Test
    void tooManyDigitsOrTooLarge() {
        assertEquals("\"18790986816654913391\" has 20 digits, more than a Tweet ID can have; " + ACCEPTED,
                messageFor("18790986816654913391"));
        assertEquals("\"9223372036854775808\" is larger than 9223372036854775807, the largest possible Tweet ID; " + ACCEPTED,
                messageFor("9223372036854775808"));
    }

    @Test
    void scientificNotationPointsAtTheSpreadsheet() {
        for (String mangled : List.of("1.26029E+18", "1,26029E+18", "1.87909868166549E18", "2E+18")) {
            String message = messageFor(mangled);
            assertEquals("\"" + mangled + "\" is in scientific notation: the file was probably saved by a spreadsheet. "
                    + TweetIdSyntax.SPREADSHEET_HINT, message);
            assertTrue(message.contains("15 significant digits"), message);
            assertTrue(message.contains("format the ID column as Text before pasting or importing"), message);
            assertTrue(message.contains("export the IDs as text"), message);
        }
    }

    @Test
    void decimalNumbersPointAtFloatingPointConversion() {
        String message = messageFor("1879098681665491339.0");
        assertTrue(message.startsWith("\"1879098681665491339.0\" is a decimal number;"), message);
        assertTrue(message.endsWith(TweetIdSyntax.SPREADSHEET_HINT), message);
    }

    @Test
    void linksThatAreNotTweetLinks() {
        assertEquals("\"https://x.com/NASA\" is not a link to a Tweet; " + ACCEPTED, messageFor("https://x.com/NASA"));
        assertEquals("\"https://x.com/NASA/status/18790986816654...\" links to status \"18790986816654913391\","
                        + " which has 20 digits, more than a Tweet ID can have; " + ACCEPTED,
                messageFor("https://x.com/NASA/status/18790986816654913391"));
    }

    @Test
    void longValuesAreShortenedAndControlCharactersHidden() {
        String longValue = "x".repeat(100);
        assertEquals("\"" + "x".repeat(40) + "...\" is not a Tweet ID; " + ACCEPTED, messageFor(longValue));
        assertEquals("\"12?34\" is not a Tweet ID; " + ACCEPTED, messageFor("12\u000b34"));
    }

    @Test
    void skipInvalidWarnsAboutTheFirstTenAndCountsTheRest() {
        InputFixture input = new InputFixture(dir);
        StringBuilder content = new StringBuilder(A + "\n");
        for (int i = 1; i <= 15; i++) {
            content.append("bad").append(i).append('\n');
        }
        content.append(B).append('\n');
        String file = input.write("ids.txt", content.toString());
        assertEquals(List.of(A, B), input.read(SKIP_INVALID, file));
        assertEquals(List.of(2L, 2L, 0L, 15L, 0L), InputFixture.counts(input.summary));
        assertEquals(11, input.warnings.size());
        assertEquals(file + ":2: skipped: \"bad1\" is not a Tweet ID; " + ACCEPTED, input.warnings.get(0));
        assertEquals(file + ":11: skipped: \"bad10\" is not a Tweet ID; " + ACCEPTED, input.warnings.get(9));
        assertEquals("Skipped 5 more invalid lines (15 in all).", input.warnings.get(10));
    }

    @Test
    void roundedLookingIdsAreKeptWithOneWarningWhenManyLookSo() {
        InputFixture input = new InputFixture(dir);
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            content.append(1_879_098_681_665_000_000L + i * 10_000_000L).append('\n');
        }
        content.append(1_879_098_681_675_000_000L).append('\n'); // a duplicate: not counted twice
        content.append(1_879_098_681_665_491_000L).append('\n'); // only 3 trailing zeros: fine
        content.append(123_450_000L).append('\n');               // too short to have been rounded
        String file = input.write("ids.txt", content.toString());
        List<Long> ids = input.read(InputFixture.DEFAULTS, file);
        assertEquals(14, ids.size());
        assertEquals(List.of(15L, 14L, 1L, 0L, 12L), InputFixture.counts(input.summary));
        assertEquals(List.of("12 IDs of 14 end in four or more zeros, as Tweet IDs do after a spreadsheet rounds them "
                + "(the first: " + file + ":1: 1879098681675000000); they are kept, but if the file passed through a "
                + "spreadsheet, the IDs are probably wrong. " + TweetIdSyntax.SPREADSHEET_HINT), input.warnings);
    }

    @Test
    void oneGenuineIdEndingInZerosAmongManyIsNoReasonToWarn() {
        InputFixture input = new InputFixture(dir);
        StringBuilder content = new StringBuilder("1879098681665000000\n");
        for (int i = 1; i <= 40; i++) {
            content.append(1_879_098_681_665_491_123L + i).append('\n');
        }
        input.read(InputFixture.DEFAULTS, input.write("ids.txt", content.toString()));
        assertEquals(List.of(), input.warnings);
    }

    @Test
    void aNumericIdAboveTwoToTheFiftyThreeWithoutIdStrIsKeptWithAWarning() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("tweets.ndjson", "{\"id\":1879098681665491123,\"text\":\"hi\"}\n"
                + "{\"id\":1879098681665491124,\"id_str\":\"1879098681665491124\"}\n{\"id\":12345}\n");
        assertEquals(List.of(1879098681665491123L, 1879098681665491124L, 12345L), input.read(InputFixture.DEFAULTS, file));
        assertEquals(1, input.warnings.size(), input.warnings.toString());
        assertTrue(input.warnings.get(0).startsWith(file + ":1: the Tweet's only ID is the JSON number"),
                input.warnings.get(0));
    }

    @Test
    void firstBadLineStopsTheScanBeforeLaterFilesAreRead() {
        InputFixture input = new InputFixture(dir);
        String bad = input.write("bad.txt", A + "\nnope\n");
        String later = input.write("later.csv", "no id column here,x\n1,2\n");
        String message = input.failure(bad, later);
        assertTrue(message.startsWith(bad + ":2: \"nope\""), message);
    }
}
