package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pages packed into the jar are exactly what picocli prints, and they are what the entry point answers. */
class StoredAnswersTest {
    static Stream<List<String>> storedLines() {
        return StoredAnswerWriter.commandLines().stream();
    }

    @ParameterizedTest
    @MethodSource("storedLines")
    void everyStoredPageIsPicocliLiveRenderingAndTheAnswerOfTheEntryPoint(List<String> line) throws IOException {
        String live = new String(StoredAnswerWriter.render(line), StandardCharsets.UTF_8);
        String name = StoredAnswers.resourceName(line);
        assertNotNull(name, "no resource name for " + line);
        try (InputStream in = StoredAnswers.class.getResourceAsStream(name)) {
            assertNotNull(in, "the build stored no page for " + line);
            assertEquals(live, new String(in.readAllBytes(), StandardCharsets.UTF_8), "stale page for " + line);
        }
        Cli.Result answered = new Cli().run(line.toArray(String[]::new));
        assertEquals(0, answered.exitCode(), answered.toString());
        assertEquals(live, answered.out());
        assertEquals("", answered.err());
    }

    @Test
    void versionIsPicocliVersionOnAnyStream() {
        String expected = String.join(System.lineSeparator(), Version.lines()) + System.lineSeparator();
        for (String option : new String[] {"--version", "-V"}) {
            assertEquals(expected, new Cli().run(option).out());
            assertEquals(expected, new Cli().terminals(true, true, true).run(option).out());
        }
        String live = new String(StoredAnswerWriter.render(List.of("--version")), StandardCharsets.UTF_8);
        assertEquals(expected, live);
    }

    @Test
    void aTerminalGetsPicocliLiveRendering() {
        Cli.Result onTerminal = new Cli().terminals(true, true, true).run("totals", "--help");
        assertEquals(0, onTerminal.exitCode(), onTerminal.toString());
        assertTrue(onTerminal.out().contains("Usage: engagement totals"), onTerminal.out());
    }

    @Test
    void otherCommandLinesAreLeftToPicocli() {
        assertNull(StoredAnswers.resourceName(List.of("totals", "../x")));
        assertNull(StoredAnswers.resourceName(List.of("TOTALS")));
        assertNull(StoredAnswers.resourceName(List.of("")));
        Cli.Result unknown = new Cli().run("totals", "--no-such-option");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertFalse(unknown.err().isEmpty());
    }

    @Test
    void aFailedWriteIsAnErrorNotExitZero() {
        Cli.Result failed = new Cli().stdout(out -> new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        }).run("totals", "--help");
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("cannot write to standard output"), failed.err());
        assertFalse(failed.err().contains("Exception"), failed.err());
    }
}
