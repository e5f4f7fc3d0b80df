package dev.engagement.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The committed completion scripts match the command model, and complete what they should. */
class CompletionTest {
    static final Path BASH = Path.of("completions/engagement.bash");
    static final Path ZSH = Path.of("completions/_engagement");
    static final String REFRESH = " is stale: the command model changed. Run 'mvn -q package -DskipTests' (it regenerates "
            + "completions/ from the model) and commit completions/.";

    static CommandLine model() {
        return EngagementCommand.commandLine(HelpTest.quietContext());
    }

    @Test
    void committedScriptsAreFresh() throws IOException {
        assertTrue(Files.exists(BASH) && Files.exists(ZSH), "completions/ is missing" + REFRESH);
        assertEquals(CompletionCommand.bash(model()), Files.readString(BASH, StandardCharsets.UTF_8), BASH + REFRESH);
        assertEquals(CompletionCommand.zsh(model()), Files.readString(ZSH, StandardCharsets.UTF_8), ZSH + REFRESH);
    }

    @Test
    void completionCommandPrintsTheScripts() throws IOException {
        Cli.Result bash = new Cli().run("completion", "bash");
        assertEquals(0, bash.exitCode(), bash.toString());
        assertEquals(Files.readString(BASH, StandardCharsets.UTF_8), bash.out());
        Cli.Result zsh = new Cli().run("completion", "ZSH");
        assertEquals(0, zsh.exitCode(), zsh.toString());
        assertEquals(Files.readString(ZSH, StandardCharsets.UTF_8), zsh.out());
        assertTrue(zsh.out().startsWith("#compdef engagement\n"));
    }

    @Test
    void scriptsKnowCommandsOptionsAndValues() throws IOException {
        String script = Files.readString(BASH, StandardCharsets.UTF_8);
        for (String text : new String[] {"\"totals 28hr historical export report runs store growth configure token bearer-token sandbox completion help\"",
            "(\"json\" \"jsonl\" \"csv\" \"table\")", "\"impressions\"", "\"user_profile_clicks\"",
            "(\"auto\" \"user\" \"app\" \"bearer\")", "\"hourly=tweet.id,engagement.type,engagement.day",
            "--since-post", "--debug", "(\"hour-of-day\" \"day-hour\")", "(\"bash\" \"zsh\")",
            "complete -F _complete_engagement"}) {
            assertTrue(script.contains(text), "completion lacks " + text);
        }
    }

    /** Drives the bash completion function as bash would on TAB. */
    @Test
    void bashCompletesValuesAndFiles() throws Exception {
        Assumptions.assumeTrue(onPath("bash"), "bash not installed");
        String probe = "source " + BASH.toAbsolutePath() + " 2>/dev/null\n"
                + "t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMP_LINE=\"$*\"; "
                + "COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_engagement 2>/dev/null; echo \"${COMPREPLY[*]}\"; }\n"
                + "t engagement ''\nt engagement tot\nt engagement totals -f ''\nt engagement 28hr --auth ''\n"
                + "t engagement historical -m fav\nt engagement totals --out\nt engagement totals -o samples/tweet\n"
                + "t engagement totals samples/tweet\nt engagement 28hr -m favorites,re\nt engagement totals -m ''\n"
                + "t engagement totals -m url\nt engagement totals --progress ''\n";
        Process p = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));
        String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n");
        assertEquals("totals 28hr historical export report runs store growth configure token bearer-token sandbox completion help", lines[0]);
        assertEquals("totals", lines[1]);
        assertEquals("json jsonl csv table", lines[2]);
        assertEquals("auto user app bearer", lines[3]);
        assertEquals("favorites", lines[4]);
        assertEquals("--output", lines[5]);
        assertEquals("samples/tweet-ids.txt", lines[6]);
        assertEquals("samples/tweet-ids.txt", lines[7], "ID files complete as file names");
        assertEquals("favorites,retweets favorites,replies", lines[8], "the item after a comma completes");
        assertEquals("impressions engagements favorites retweets quote_tweets replies video_views", lines[9],
                "totals offers only the metrics it accepts");
        assertEquals("", lines.length > 10 ? lines[10] : "", "url_clicks is not a totals metric");
        assertEquals("auto bar plain none", lines[11]);
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
