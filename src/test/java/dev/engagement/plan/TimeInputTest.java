package dev.engagement.plan;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeInputTest {
    static final Instant NOW = Instant.parse("2026-10-15T10:40:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-10-01T13:45:00Z        | 2026-10-01T13:45:00Z",
            "2026-10-01T13:45Z           | 2026-10-01T13:45:00Z",
            "2026-10-01T13:45:07.250Z    | 2026-10-01T13:45:07.250Z",
            "2026-10-01T13:45:07.123456789Z | 2026-10-01T13:45:07.123456789Z",
            "2026-10-01T13:45:00+00:00   | 2026-10-01T13:45:00Z",
            "2026-10-01T15:45:00+02:00   | 2026-10-01T13:45:00Z",
            "2026-10-01T08:45-05:00      | 2026-10-01T13:45:00Z",
            "2026-10-01T13:45:00         | 2026-10-01T13:45:00Z",
            "2026-10-01                  | 2026-10-01T00:00:00Z",
            "202610011345                | 2026-10-01T13:45:00Z",
            "2026-10-01 13:45            | 2026-10-01T13:45:00Z",
            "2026-10-01 13:45:30         | 2026-10-01T13:45:30Z",
            "2024-02-29                  | 2024-02-29T00:00:00Z",
            "90d                         | 2026-07-17T10:40:00Z",
            "36h                         | 2026-10-13T22:40:00Z",
            "45m                         | 2026-10-15T09:55:00Z",
            "2w                          | 2026-10-01T10:40:00Z",
            "0m                          | 2026-10-15T10:40:00Z",
    })
    void acceptedForms(String text, String expected) {
        assertEquals(Instant.parse(expected), TimeInput.parse(text, NOW));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), TimeInput.parse("  2026-10-01 ", NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "yesterday", "now", "x", "2026/10/01", "01-10-2026", "2026-10-1",
            "2026-13-01", "2026-02-30", "2025-02-29", "2026-10-01T25:00:00Z", "2026-10-01T13:60Z",
            "20261001134", "2026100113450", "202613011345", "202610011360", "1.5d", "-3d", "3 d", "3y", "3M",
            "90D", "2026-10-01T13:45:00 Z", "2026-10-01T13:45:00+0000", "2026-10-01T13Z", "2026-10-01  13:45",
            "1700000000", "2026-10-01T13:45:00ZZ"})
    void rejectedFormsNameTheValueAndTheForms(String text) {
        EngagementException e = assertThrows(EngagementException.class, () -> TimeInput.parse(text, NOW));
        assertEquals(ExitCode.USAGE, e.exitCode());
        String m = e.getMessage();
        assertTrue(m.contains("'" + text + "'"), m);
        for (String example : new String[] {"2026-10-01T13:45:00Z", "2026-10-01", "202610011345",
                "2026-10-01 13:45", "90d", "36h", "45m", "2w", "UTC"}) {
            assertTrue(m.contains(example), example + " missing in: " + m);
        }
        assertTrue(m.endsWith("."), m);
    }

    @Test
    void nullIsAUsageError() {
        EngagementException e = assertThrows(EngagementException.class, () -> TimeInput.parse(null, NOW));
        assertEquals(ExitCode.USAGE, e.exitCode());
    }

}
