package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up stays light: the entry point, run in a fresh JVM that logs every class it loads, loads
 * nothing of the HTTP client, JSON, TLS or the sandbox to print its version, help or completion
 * script, and builds the option model of no command it does not run.
 */
class StartupClassLoadingTest {
    /** Packages a run that sends no request must not touch. */
    private static final List<String> NETWORK = List.of("org.apache.hc.", "com.google.gson.", "javax.net.ssl.",
            "sun.security.ssl.", "dev.engagement.http.", "dev.engagement.fetch.", "oauth.signpost.");
    private static final List<String> SANDBOX = List.of("dev.engagement.sandbox.");
    /** The run context carries the sleeper interface (and the JVM's lambda for it); that is all of http. */
    private static final List<String> ALLOWED = List.of("dev.engagement.http.Sleeper");

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "help", "totals --help", "help 28hr", "completion bash",
        "completion zsh", "store list --help"})
    void loadsNothingOfTheNetworkOrTheSandbox(String commandLine) throws Exception {
        List<String> offending = new ArrayList<>();
        for (String cls : classesLoadedBy(commandLine.split(" "))) {
            if (Stream.concat(NETWORK.stream(), SANDBOX.stream()).anyMatch(cls::startsWith)
                    && ALLOWED.stream().noneMatch(cls::startsWith)) {
                offending.add(cls);
            }
        }
        assertTrue(offending.isEmpty(), "'engagement " + commandLine + "' loads " + offending);
    }

    /** Pages stored at build time are copied out; no command's option model is built to print them. */
    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "totals --help", "help totals", "completion bash"})
    void buildsTheModelOfNoCommand(String commandLine) throws Exception {
        List<String> loaded = classesLoadedBy(commandLine.split(" "));
        assertFalse(loaded.contains(InputGroup.class.getName()), "the totals model was built for " + commandLine);
        assertFalse(loaded.contains(SandboxCommand.HourLayoutConverter.class.getName()),
                "the sandbox model was built for " + commandLine);
        assertFalse(loaded.stream().anyMatch(c -> c.startsWith("picocli.")), "picocli was loaded for " + commandLine);
    }

    /** A command that runs builds its own model and no other. */
    @Test
    void buildsTheModelOfTheCommandItRuns() throws Exception {
        List<String> loaded = classesLoadedBy("totals", "--sandbox", "--dry-run", "samples/tweet-ids.txt");
        assertTrue(loaded.contains(InputGroup.class.getName()), "no totals model for totals");
        assertFalse(loaded.contains(SandboxCommand.HourLayoutConverter.class.getName()),
                "the sandbox model was built for totals");
    }

    private static List<String> classesLoadedBy(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("engagement-classes-", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                    Main.class.getName()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
            assertEquals(0, p.exitValue(), "exit code of engagement " + String.join(" ", args));
            List<String> classes = new ArrayList<>();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                // [0.123s][info][class,load] java.lang.Object source: jrt:/java.base
                int start = line.indexOf("] ", line.indexOf("class,load"));
                int end = line.indexOf(' ', start + 2);
                if (start > 0 && end > start) {
                    classes.add(line.substring(start + 2, end));
                }
            }
            assertTrue(classes.contains(Main.class.getName()), "the class log is empty: " + log);
            return classes;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
