package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/engagement: its class data archive never changes what a command prints on stdout, whether it
 * is being made, used, or unusable; every command but the sandbox server runs with the quick JIT only.
 * Runs after packaging (failsafe), on target/engagement.jar, with sh.
 */
class LauncherIT {
    private static final Path JAR = Path.of("target/engagement.jar");

    @Test
    void archiveMadeUsedOrBrokenLeavesStdoutAlone(@TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged jar is made before the integration tests run");
        Path jar = dir.resolve("engagement.jar");
        Files.copy(JAR, jar);
        String expected = "engagement " + dev.engagement.Version.current();
        String first = launch(jar, "--version");
        assertTrue(first.startsWith(expected), first);
        List<Path> archives = archives(dir);
        assertEquals(1, archives.size(), "one archive made next to the jar: " + archives);
        assertEquals(first, launch(jar, "--version"), "with the archive");
        Files.write(archives.get(0), "not an archive".getBytes(StandardCharsets.UTF_8));
        assertEquals(first, launch(jar, "--version"), "with an unusable archive");
    }

    @Test
    void everyCommandButTheSandboxServerRunsWithTheQuickJitOnlyUnlessJavaOptsSaysOtherwise(@TempDir Path dir)
            throws Exception {
        Path jar = dir.resolve("engagement.jar");
        Files.copy(JAR, jar);
        Path ids = Files.writeString(dir.resolve("ids.txt"), "1995402775890749947\n");
        String fetch = launch(jar, "-XX:+PrintFlagsFinal", dir, "totals", "--sandbox", "--no-journal", "-q",
                ids.toString());
        assertEquals(1, tieredStopAtLevel(fetch), "a fetch: C1 only");
        assertTrue(fetch.contains("\"1995402775890749947\""), "and the run's data still on stdout");
        String fullJit = launch(jar, "-XX:+PrintFlagsFinal -XX:TieredStopAtLevel=4", dir, "totals", "--sandbox",
                "--no-journal", "-q", ids.toString());
        assertEquals(4, tieredStopAtLevel(fullJit), "JAVA_OPTS comes after the launcher's choice");
        assertEquals(4, tieredStopAtLevel(sandboxServerFlags(jar, dir)), "the sandbox server: the default JIT");
    }

    private static int tieredStopAtLevel(String printedFlags) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bTieredStopAtLevel\\s+= (\\d+)")
                .matcher(printedFlags);
        assertTrue(m.find(), "-XX:+PrintFlagsFinal printed TieredStopAtLevel");
        return Integer.parseInt(m.group(1));
    }

    /** The flags the sandbox server's JVM prints as it starts; the server is stopped once they are read. */
    private static String sandboxServerFlags(Path jar, Path dir) throws Exception {
        ProcessBuilder pb = launcher(jar, "-XX:+PrintFlagsFinal", dir, "sandbox", "--port", "0");
        Process p = pb.start();
        StringBuilder flags = new StringBuilder();
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                flags.append(line).append('\n');
                if (line.contains("TieredStopAtLevel")) {
                    break;
                }
            }
        } finally {
            p.destroy();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
        return flags.toString();
    }

    private static List<Path> archives(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("engagement-cds-")).toList();
        }
    }

    private static String launch(Path jar, String... args) throws Exception {
        return launch(launcher(jar, null, null, args));
    }

    private static String launch(Path jar, String javaOpts, Path stateHome, String... args) throws Exception {
        return launch(launcher(jar, javaOpts, stateHome, args));
    }

    /** bin/engagement with {@code args}, on {@code jar}; JAVA_OPTS and XDG_STATE_HOME set only where given. */
    private static ProcessBuilder launcher(Path jar, String javaOpts, Path stateHome, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", "bin/engagement"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ENGAGEMENT_JAR", jar.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        if (stateHome != null) {
            pb.environment().put("XDG_STATE_HOME", stateHome.toString());
        }
        return pb;
    }

    private static String launch(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return new String(out, StandardCharsets.UTF_8).replace(File.separator + File.separator, File.separator);
    }
}
