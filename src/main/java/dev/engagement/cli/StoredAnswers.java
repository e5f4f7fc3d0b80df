package dev.engagement.cli;

import dev.engagement.ExitCode;
import dev.engagement.Version;
import dev.engagement.app.RunContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers the command lines whose output depends on nothing but the build, without building
 * picocli's model of any command: {@code --version}, every help page and the completion scripts.
 * The help pages and scripts are rendered by picocli itself at build time ({@link StoredAnswerWriter})
 * for output that is not a terminal; on a terminal picocli renders live, to the terminal's width and
 * colours. A test holds every stored page equal to picocli's live rendering.
 */
final class StoredAnswers {
    /** Where the build puts the pages, one resource per command line. */
    static final String FOLDER = "/dev/engagement/cli/answers/";
    private static final String ROOT = "engagement";

    private StoredAnswers() {
    }

    /**
     * Writes the answer to {@code args} and returns its exit code, or returns -1 when picocli has to
     * answer (any other command line, or a page for a terminal).
     */
    static int answer(RunContext ctx, String... args) {
        byte[] text = version(args);
        if (text == null) {
            if (ctx.stdoutIsTerminal() || picocliTuned()) {
                return -1;
            }
            text = page(args);
        }
        if (text == null) {
            return -1;
        }
        try {
            ctx.out().write(text);
            ctx.out().flush();
            return ExitCode.OK.code();
        } catch (IOException e) {
            ctx.err().println("engagement: cannot write to standard output (" + e.getMessage()
                    + "); check the disk or the pipe it goes to.");
            return ExitCode.PARTIAL_FAILURE.code();
        }
    }

    /** The resource name of the page for {@code args}, or null where no page could be stored for it. */
    static String resourceName(List<String> args) {
        StringBuilder name = new StringBuilder(FOLDER).append(ROOT);
        for (String arg : args) {
            if (arg.isEmpty() || arg.length() > 40) {
                return null;
            }
            for (int i = 0; i < arg.length(); i++) {
                char c = arg.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return null;
                }
            }
            name.append('.').append(arg);
        }
        return name.append(".txt").toString();
    }

    private static byte[] version(String[] args) {
        if (args.length != 1 || !("--version".equals(args[0]) || "-V".equals(args[0]))) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String line : Version.lines()) {
            text.append(line).append(System.lineSeparator());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(String[] args) {
        String name = resourceName(List.of(args));
        if (name == null) {
            return null;
        }
        try (InputStream in = StoredAnswers.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** picocli's own system properties (width, colours, ...) change its rendering: then it renders live. */
    private static boolean picocliTuned() {
        for (Object key : System.getProperties().keySet()) {
            if (key instanceof String s && s.startsWith("picocli.")) {
                return true;
            }
        }
        return false;
    }
}
