package dev.engagement.config;

import dev.engagement.console.Reporter;
import dev.engagement.console.Verbosity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions configure asks on a terminal, answered by a script instead of a person. */
class ConfigureActionTest {
    @TempDir
    Path home;

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Answers in order; records each prompt and whether it was asked without echo. */
    static final class Script implements ConfigureAction.Prompter {
        final Deque<String> answers;
        final List<String> asked = new ArrayList<>();

        Script(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public String readLine(String prompt) {
            asked.add("line " + prompt);
            return answers.poll();
        }

        @Override
        public String readSecret(String prompt) {
            asked.add("secret " + prompt);
            return answers.poll();
        }
    }

    ConfigureAction action(ConfigureAction.Prompter prompter) {
        Reporter reporter = new Reporter(new PrintStream(err, true, StandardCharsets.UTF_8), Verbosity.NORMAL, false);
        ConfigureAction.Streams streams = new ConfigureAction.Streams(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), Map.of("HOME", home.toString()), true);
        return new ConfigureAction(reporter, streams, prompter);
    }

    static Map<ProfileField, String> noFlags() {
        return new EnumMap<>(ProfileField.class);
    }

    @Test
    void asksForEachCredentialSecretsWithoutEchoAndKeepsWhatIsLeftEmpty() throws Exception {
        Script first = new Script("ck-11112222", "cs-33334444", "", "", "");
        assertEquals(ExitCode.OK, action(first).configure(ProfileChoice.DEFAULT, noFlags(), false));
        assertEquals(List.of("line Consumer key [(not set)]: ", "secret Consumer secret [(not set)]: ",
                "line Access token [(not set)]: ", "secret Access-token secret [(not set)]: ",
                "secret Bearer token [(not set)]: "), first.asked);

        Script second = new Script("", "", "7-at-55556666", "ats-77778888", "");
        assertEquals(ExitCode.OK, action(second).configure(ProfileChoice.DEFAULT, noFlags(), false));
        assertEquals("line Consumer key [" + Credentials.mask("ck-11112222") + "]: ", second.asked.get(0));
        Profile p = ProfileStore.load(ProfileLocation.defaultFile(Map.of("HOME", home.toString())))
                .profile("default").orElseThrow();
        assertEquals("ck-11112222", p.get(ProfileField.CONSUMER_KEY));
        assertEquals("cs-33334444", p.get(ProfileField.CONSUMER_SECRET));
        assertEquals("ats-77778888", p.get(ProfileField.ACCESS_TOKEN_SECRET));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("cs-33334444"));
    }

    @Test
    void inputThatEndsEarlySavesNothing() {
        EngagementException e = assertThrows(EngagementException.class,
                () -> action(new Script("ck-1")).configure(ProfileChoice.DEFAULT, noFlags(), false));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
        assertFalse(java.nio.file.Files.exists(ProfileLocation.defaultFile(Map.of("HOME", home.toString()))));
    }

    @Test
    void withoutAConsoleItSaysHowToUseStdinInstead() {
        EngagementException e = assertThrows(EngagementException.class,
                () -> action(null).configure(ProfileChoice.DEFAULT, noFlags(), false));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("--secrets-from-stdin"), e.getMessage());
    }
}
