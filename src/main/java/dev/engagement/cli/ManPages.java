package dev.engagement.cli;

import java.io.File;
import java.lang.reflect.Method;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Build-time entry point: writes the AsciiDoc man pages of every command into the folder named by
 * the first argument. picocli's generator reads a command's subcommands from its annotation, and ours
 * are added at run time ({@link CommandCatalog}), so it is handed the full model. The generator
 * (picocli-codegen) is on the classpath at build time only, never in the product jar: it is called
 * by name.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws Exception {
        File outdir = new File(args.length > 0 ? args[0] : "target/generated-docs/man");
        Class<?> generator = Class.forName("picocli.codegen.docgen.manpage.ManPageGenerator");
        Method generate = generator.getMethod("generateManPage", File.class, File.class, boolean[].class,
                boolean.class, CommandSpec[].class);
        CommandSpec root = CompletionCommand.fullModel().getCommandSpec();
        int exit = (Integer) generate.invoke(null, outdir, null, new boolean[0], true, new CommandSpec[] {root});
        if (exit != 0) {
            throw new IllegalStateException("the man page generator failed with exit code " + exit);
        }
    }
}
