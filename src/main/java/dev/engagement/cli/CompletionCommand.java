package dev.engagement.cli;

import dev.engagement.app.RunContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagement completion bash|zsh}: prints the shell completion script generated from the live
 * command model. The same text is generated at build time into {@code completions/}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Print the shell completion script for bash or zsh.",
            "It completes subcommands, options, formats, metrics, group-by keys, auth modes and file names."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  engagement completion bash \\",
            "      > ~/.local/share/bash-completion/completions/engagement",
            "  source <(engagement completion bash)",
            "  engagement completion zsh > ~/.zfunc/_engagement",
            "",
            "bash: the first line installs the script for bash-completion; the second loads it into this shell only.",
            "",
            "zsh: put _engagement in a directory on $$fpath, here ~/.zfunc with 'fpath=(~/.zfunc $$fpath)' before "
                    + "'compinit' in ~/.zshrc; or source the file from ~/.zshrc after compinit.",
            "",
            "The scripts complete the command 'engagement': a wrapper script on the PATH, or an alias of "
                    + "'java -jar engagement.jar'. Prebuilt copies: completions/engagement.bash and completions/_engagement."})
public final class CompletionCommand implements Callable<Integer> {
    /** The command name the scripts complete. */
    public static final String NAME = "engagement";

    /** Shells we print a script for. */
    enum Shell {
        bash, zsh
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.commandLine();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(shell == Shell.zsh ? zsh(root) : bash(root));
        out.flush();
        return 0;
    }

    private static final String METRIC_VALUES = "COMPREPLY=( $( compReplyArray \"${METRIC_option_args[@]}\" ) )";

    /**
     * picocli's completion script for the model of {@code root} (it serves bash, and zsh through
     * bashcompinit), with {@code -m} completing each item of a comma-separated list.
     */
    public static String bash(CommandLine root) {
        String script = AutoComplete.bash(NAME, root);
        if (!script.contains(METRIC_VALUES)) {
            throw new IllegalStateException("picocli's completion script changed: -m would complete whole words only");
        }
        return script.replace(METRIC_VALUES, "COMPREPLY=( $( _engagement_list_item \"${METRIC_option_args[@]}\" ) )")
                + "\n"
                + "# Completes the last item of a comma-separated list: -m favorites,re<TAB> gives favorites,replies.\n"
                + "function _engagement_list_item() {\n"
                + "  local word=${COMP_WORDS[COMP_CWORD]}\n"
                + "  local head=\"\" last=\"$word\" item\n"
                + "  if [[ \"$word\" == *,* ]]; then head=\"${word%,*},\"; last=\"${word##*,}\"; fi\n"
                + "  for item in \"$@\"; do\n"
                + "    if [[ \"$item\" == \"$last\"* ]]; then echo \"${head}${item}\"; fi\n"
                + "  done\n"
                + "}\n";
    }

    /**
     * A zsh completion file: loaded from a directory on {@code $fpath} by compinit (the {@code #compdef}
     * line), or sourced from {@code ~/.zshrc}. It enables zsh's bash-completion emulation and defines
     * the same completion functions as the bash script.
     */
    public static String zsh(CommandLine root) {
        String script = bash(root);
        return "#compdef " + NAME + "\n"
                + "# zsh completion for " + NAME + ", generated from the command model (engagement completion zsh).\n"
                + "# Install: put this file, named _" + NAME + ", in a directory on $fpath before compinit runs;\n"
                + "# or source it from ~/.zshrc after compinit.\n"
                + "\n"
                + "# bash's compopt has no zsh counterpart: a no-op (the script's own alias works only when sourced).\n"
                + "(( $+functions[compopt] )) || compopt() { return 0; }\n"
                + "\n"
                + script
                + "\n"
                + "# Loaded by compinit as the function _" + NAME + ": the first completion also answers at once.\n"
                + "if [[ \"${funcstack[1]}\" == _" + NAME + " ]]; then\n"
                + "  _bash_complete -F _complete_" + NAME + " -o default\n"
                + "fi\n";
    }

    /** Creates the commands without a terminal, environment or streams of the real process (for build-time tools). */
    public static final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory delegate = new ContextFactory(RunContext.system());

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            return delegate.create(cls);
        }
    }

    /** The full model of every command, made without the real process's terminal, environment or streams. */
    static CommandLine fullModel() {
        Factory factory = new Factory();
        CommandLine root = new CommandLine(new EngagementCommand(), factory);
        CommandCatalog.addAll(root, factory);
        return root;
    }

    /**
     * Build-time entry point: writes {@code engagement.bash} and the zsh file {@code _engagement} into
     * the folder named by the first argument (created if missing).
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "completions");
        Files.createDirectories(dir);
        CommandLine root = fullModel();
        Files.writeString(dir.resolve(NAME + ".bash"), bash(root), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("_" + NAME), zsh(root), StandardCharsets.UTF_8);
    }
}
