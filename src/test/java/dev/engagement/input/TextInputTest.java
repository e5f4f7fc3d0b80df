package dev.engagement.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.engagement.input.InputFixture.A;
import static dev.engagement.input.InputFixture.B;
import static dev.engagement.input.InputFixture.C;
import static dev.engagement.input.InputFixture.D;
import static dev.engagement.input.InputFixture.E;
import static dev.engagement.input.InputFixture.F;
import static dev.engagement.input.InputFixture.G;
import static dev.engagement.input.InputFixture.H;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextInputTest {
    @TempDir
    Path dir;

    @Test
    void ignoresBomCrlfBlankLinesCommentsWhitespaceAndHeader() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("ids.txt", "\uFEFFtweet_id\r\n# exported 2026-02-18\r\n\r\n  " + A + "  \r\n"
                + B + " # the launch thread\r\n\t" + C + "\r\n");
        assertEquals(List.of(A, B, C), input.read(file));
        assertEquals(List.of(3L, 3L, 0L, 0L, 0L), InputFixture.counts(input.summary));
        assertEquals(List.of(), input.warnings);
    }

    /** Old Mac line breaks ("\r" alone): each line is bounded, not the file as if it were one line. */
    @Test
    void aLongFileWithCarriageReturnsOnlyIsReadLineByLine() {
        InputFixture input = new InputFixture(dir);
        List<Long> expected = new java.util.ArrayList<>();
        String text = InputFixture.carriageReturnLines("", "", expected);
        assertEquals(expected, input.read(input.write("mac.txt", text)));
    }

    /** Lines are cut out of a 64 kB buffer: lines across its end, and a "\r\n" split by it, read as any other. */
    @Test
    void linesAcrossTheReadBufferAndEveryLineBreakReadAlike() {
        InputFixture input = new InputFixture(dir);
        String[] breaks = {"\n", "\r\n", "\r"};
        List<Long> expected = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(9);
        long id = A;
        while (text.length() < 3 * 65_536) {
            String line = Long.toString(id);
            if (random.nextInt(50) == 0) {
                line = "  " + line + "   # " + "x".repeat(random.nextInt(3000));
            }
            text.append(line).append(breaks[random.nextInt(breaks.length)]);
            expected.add(id);
            id += 7919;
        }
        // A "\r\n" placed to straddle the end of a full buffer, and a last line with no break.
        int pad = 65_536 - text.length() % 65_536 - 1 - 19;
        text.append("#".repeat(Math.max(0, pad))).append("\n").append(id).append("\r\n");
        expected.add(id);
        text.append(id + 1);
        expected.add(id + 1);
        assertEquals(expected, input.read(input.write("ids.txt", text.toString())));
        String badText = text + "\r\n" + A + "\nnot an id\n";
        String bad = input.write("bad.txt", badText);
        // The line number as java.io's readLine counts lines.
        long line = new java.io.BufferedReader(new java.io.StringReader(badText)).lines()
                .takeWhile(l -> !l.equals("not an id")).count() + 1;
        assertTrue(input.failure(bad).contains("bad.txt:" + line + ":"), input.failure(bad));
    }

    @Test
    void skipsHeaderNamedTweetIdsOrWithSpaces() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(A), input.read(input.write("a.txt", "tweet_ids\n" + A + "\n")));
        assertEquals(List.of(B), input.read(input.write("b.txt", "# note\nTweet ID\n" + B + "\n")));
    }

    @Test
    void acceptsDoubleQuotedIds() {
        InputFixture input = new InputFixture(dir);
        assertEquals(List.of(A, B), input.read(input.write("ids.txt", "\"tweet_id\"\n\"" + A + "\"\n\"" + B + "\"\n")));
    }

    @Test
    void acceptsTweetLinksMixedWithIds() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("links.txt", String.join("\n",
                "https://twitter.com/NASA/status/" + A,
                "https://x.com/elonmusk/status/" + B + "?s=20&t=abc",
                "https://mobile.twitter.com/user_1/status/" + C + "#m",
                "https://www.x.com/someone/status/" + D + "/photo/1",
                "http://twitter.com/i/web/status/" + E,
                "x.com/someone/statuses/" + F,
                "HTTPS://X.COM/Someone/status/" + G,
                String.valueOf(H),
                "https://x.com/NASA/status/" + A + " # repeated link"));
        assertEquals(List.of(A, B, C, D, E, F, G, H), input.read(file));
        assertEquals(List.of(9L, 8L, 1L, 0L, 0L), InputFixture.counts(input.summary));
    }

    @Test
    void acceptsTheSmallestAndLargestPossibleIds() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("edge.txt", "1\n9223372036854775807\n0000000000000000002\n20\n");
        assertEquals(List.of(1L, Long.MAX_VALUE, 2L, 20L), input.read(file));
    }

    @Test
    void zeroIsNoTweetId() {
        InputFixture input = new InputFixture(dir);
        String file = input.write("zero.txt", "20\n0\n");
        String message = input.failure(file);
        assertTrue(message.contains("zero.txt:2") && message.contains("is zero"), message);
    }

    @Test
    void readsUtf16WithByteOrderMarkAsSavedByExcelUnicodeText() {
        InputFixture input = new InputFixture(dir);
        byte[] text = ("tweet_id\r\n" + A + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(text, 0, withBom, 2, text.length);
        assertEquals(List.of(A), input.read(input.write("unicode.txt", withBom)));
    }
}
