package dev.engagement.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.engagement.input.InputFixture.DEFAULTS;
import static dev.engagement.input.InputFixture.ORIGINALS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example files in samples/input read as documented. */
class SamplesTest {
    private static final long S1 = 1886415639919748901L;
    private static final long S2 = 1912788780884295197L;
    private static final long S3 = 1939794831974880139L;
    private static final long S4 = 1966441857861664862L;
    private static final long S5 = 1986124684420138682L;
    private static final long S6 = 2013504545486891881L;
    private static final long S7 = 2030983877147773668L;
    private static final long S8 = 2049203116953644707L;
    private static final long RETWEET_OF_S1 = 1886434469817063494L;
    private static final long V2_RETWEET_OF_S6 = 2013507348049199504L;
    private static final long SHARE_OF_S4 = 1966457547962967182L;

    @TempDir
    Path dir;

    private List<Long> read(InputOptions options, String name) {
        InputFixture input = new InputFixture(dir);
        List<Long> ids = input.read(options, "samples/input/" + name);
        assertEquals(List.of(), input.warnings, name);
        return ids;
    }

    @Test
    void textCsvTsvLinksAndGzip() {
        assertEquals(List.of(S1, S2, S3, S4, S5, S6), read(DEFAULTS, "ids.txt"));
        assertEquals(List.of(S1, S2, S3, S4, S5), read(DEFAULTS, "ids.csv"));
        assertEquals(List.of(S3, S4, S5, S6, S7), read(DEFAULTS, "ids.tsv"));
        assertEquals(List.of(S1, S2, S3, S4, S5, S8), read(DEFAULTS, "urls.txt"));
        assertEquals(List.of(S4, S5, S6, S7, S8), read(DEFAULTS, "ids.txt.gz"));
    }

    @Test
    void tweetJson() {
        assertEquals(List.of(S2, RETWEET_OF_S1, S3), read(DEFAULTS, "tweets-v1.json"));
        assertEquals(List.of(S2, S1, S3), read(ORIGINALS, "tweets-v1.json"));
        assertEquals(List.of(S6, V2_RETWEET_OF_S6, S7), read(DEFAULTS, "tweets-v2.json"));
        assertEquals(List.of(S6, S7), read(ORIGINALS, "tweets-v2.json"));
        assertEquals(List.of(S4, SHARE_OF_S4, S8), read(DEFAULTS, "activity-streams.ndjson"));
        assertEquals(List.of(S4, S8), read(ORIGINALS, "activity-streams.ndjson"));
    }
}
