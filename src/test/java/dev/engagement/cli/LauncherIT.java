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
 * is being made, used, or unusable. Runs after packaging (failsafe), on target/engagement.jar, with sh.
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

    private static List<Path> archives(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("engagement-cds-")).toList();
        }
    }

    private static String launch(Path jar, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("sh", "bin/engagement"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ENGAGEMENT_JAR", jar.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        return new String(out, StandardCharsets.UTF_8).replace(File.separator + File.separator, File.separator);
    }
}
