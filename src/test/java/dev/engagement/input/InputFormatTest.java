package dev.engagement.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InputFormatTest {

    @Test
    void jsonStartsWithABracketOrBrace() {
        assertEquals(InputFormat.JSON, InputFormat.ofHead("[{\"id_str\":\"1\"}]"));
        assertEquals(InputFormat.JSON, InputFormat.ofHead("\n  {\"data\":[]}"));
    }

    @Test
    void aHeaderWithSeveralNamedFieldsMeansCsvOrTsv() {
        assertEquals(InputFormat.CSV, InputFormat.ofHead("# export\ncreated_at,tweet_id\n1,2\n"));
        assertEquals(InputFormat.CSV, InputFormat.ofHead("\"Tweet ID\",\"Text\"\r\n"));
        assertEquals(InputFormat.TSV, InputFormat.ofHead("tweet_id\ttext\n"));
    }

    @Test
    void idsLinksAndSpreadsheetNumbersMeanText() {
        assertEquals(InputFormat.TEXT, InputFormat.ofHead("1879098681665491339\n"));
        assertEquals(InputFormat.TEXT, InputFormat.ofHead("tweet_id\n1879098681665491339\n"));
        assertEquals(InputFormat.TEXT, InputFormat.ofHead("1,26029E+18\n1,26029E+18\n"));
        assertEquals(InputFormat.TEXT, InputFormat.ofHead("https://x.com/a/status/1?lang=en,fr\n"));
        assertEquals(InputFormat.TEXT, InputFormat.ofHead(""));
    }

    @Test
    void excelWorkbooksAreRefused() {
        InputSyntaxException e = assertThrows(InputSyntaxException.class, () -> InputFormat.ofHead("PK\u0003\u0004\u0014\u0000"));
        assertEquals(1, e.line());
    }
}
