package dev.engagement.config;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.Text;
import dev.engagement.console.Reporter;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code configure} command: stores credentials in a profile, from questions on a terminal
 * (secrets without echo), or from flags and {@code name=value} lines on stdin in scripts; keeps
 * the values left empty; lists the profiles with their secrets masked.
 */
public final class ConfigureAction {
    /** Asks one question on the terminal; null when the input ended. */
    public interface Prompter {
        String readLine(String prompt);

        /** Reads without echo. */
        String readSecret(String prompt);
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_-]{1,40}");

    /** The streams and environment of the command. */
    public record Streams(InputStream in, OutputStream out, Map<String, String> env, boolean stdinIsTerminal) {
        String env(String name) {
            String v = env.get(name);
            return v == null || v.isEmpty() ? null : v;
        }
    }

    private final Streams ctx;
    private final Reporter reporter;
    private final Prompter prompter;

    public ConfigureAction(Reporter reporter, Streams streams) {
        this(reporter, streams, null);
    }

    /** With a prompter of one's own instead of the system console. */
    ConfigureAction(Reporter reporter, Streams streams, Prompter prompter) {
        this.ctx = streams;
        this.reporter = reporter;
        this.prompter = prompter;
    }

    /** Lists the profiles, or saves one; listing takes no values. */
    public ExitCode run(ProfileChoice settings, boolean list, Map<ProfileField, String> flags, boolean secretsFromStdin)
            throws IOException {
        if (list) {
            if (secretsFromStdin || flags.values().stream().anyMatch(v -> v != null)) {
                throw EngagementException.usage("--list shows the profiles and saves nothing: run it without values.");
            }
            return list(settings);
        }
        return configure(settings, flags, secretsFromStdin);
    }

    /**
     * Saves the profile. Values come from {@code flags} and, with {@code secretsFromStdin}, from
     * stdin; with neither, from questions when stdin is a terminal.
     */
    public ExitCode configure(ProfileChoice settings, Map<ProfileField, String> flags, boolean secretsFromStdin)
            throws IOException {
        ProfileLocation location = locate(settings);
        ProfileStore store = ProfileStore.load(location.file());
        boolean wasExposed = store.isExposed();
        store.settingWarnings().forEach(reporter::warn);
        Profile current = store.profile(location.name()).orElse(Profile.empty(location.name()));
        warnAboutSecretFlags(flags);

        Map<ProfileField, String> updates = new EnumMap<>(ProfileField.class);
        flags.forEach((f, v) -> {
            if (v != null) {
                updates.put(f, v);
            }
        });
        if (secretsFromStdin) {
            readStdin().forEach((f, v) -> {
                if (updates.containsKey(f)) {
                    throw EngagementException.usage(f.property() + " is given both as a flag and on stdin; give it once.");
                }
                updates.put(f, v);
            });
        } else if (updates.isEmpty()) {
            if (!ctx.stdinIsTerminal()) {
                throw EngagementException.usage("stdin is not a terminal, so configure cannot ask: pipe name=value lines "
                        + "(consumer_key=..., consumer_secret=...) with --secrets-from-stdin, or give --consumer-key and "
                        + "--access-token.");
            }
            updates.putAll(ask(location, current));
        }
        updates.replaceAll((f, v) -> v.strip());
        updates.values().removeIf(String::isEmpty);
        validate(updates);

        Profile updated = current.with(updates);
        if (updates.isEmpty() || updated.equals(current) && store.profile(location.name()).isPresent()) {
            reporter.note("Nothing changed in profile '" + location.name() + "' (" + location.file() + ").");
            return ExitCode.OK;
        }
        store.put(updated);
        store.save();
        List<String> shown = new ArrayList<>();
        for (ProfileField f : ProfileField.values()) {
            if (!f.isLocation() || updated.get(f) != null) {
                shown.add(f.label() + " " + f.display(updated.get(f)));
            }
        }
        reporter.note("Saved profile '" + location.name() + "' in " + location.file() + " (readable by you only): "
                + String.join(", ", shown) + ".");
        if (wasExposed) {
            reporter.note("The file could be read by other users before; it is now readable by you only (0600).");
        }
        for (ProfileField f : updates.keySet()) {
            if (ctx.env(f.envVar()) != null) {
                reporter.warn(f.envVar() + " is set in the environment and takes precedence over the saved " + f.label()
                        + "; unset it to use the profile.");
            }
        }
        return ExitCode.OK;
    }

    /** Prints every profile on stdout with its credentials masked; {@code *} marks the profile in use. */
    public ExitCode list(ProfileChoice settings) throws IOException {
        ProfileLocation location = locate(settings);
        ProfileStore store = ProfileStore.load(location.file());
        if (!store.exists() || store.profileNames().isEmpty()) {
            reporter.note("No profiles yet in " + location.file() + ": create one with 'engagement configure'.");
            return ExitCode.OK;
        }
        store.warnings().forEach(reporter::warn);
        reporter.note("Profiles in " + location.file() + " (credentials masked; * marks the profile in use; a "
                + "profile without the app's settings takes them from 'default'):");
        ctx.out().write(ProfileListing.render(store, location.name(), ctx.env()).getBytes(StandardCharsets.UTF_8));
        ctx.out().flush();
        return ExitCode.OK;
    }

    /** Removes settings from the profile, or the whole profile ({@code fields} empty and {@code wholeProfile}). */
    public ExitCode remove(ProfileChoice settings, List<ProfileField> fields, boolean wholeProfile) throws IOException {
        ProfileLocation location = locate(settings);
        ProfileStore store = ProfileStore.load(location.file());
        Profile current = store.profile(location.name()).orElseThrow(() -> EngagementException.usage("There is no "
                + "profile '" + location.name() + "' in " + location.file() + " to change."));
        if (wholeProfile) {
            store.remove(location.name());
            store.save();
            reporter.note("Removed profile '" + location.name() + "' from " + location.file() + ".");
            return ExitCode.OK;
        }
        Map<ProfileField, String> kept = new EnumMap<>(current.values());
        fields.forEach(kept::remove);
        store.put(new Profile(location.name(), kept));
        store.save();
        reporter.note("Removed " + Text.joinAnd(fields.stream().map(ProfileField::property).toList()) + " from profile '"
                + location.name() + "' of " + location.file() + ".");
        return ExitCode.OK;
    }

    private ProfileLocation locate(ProfileChoice settings) {
        ProfileLocation location = ProfileLocation.of(settings, ctx.env());
        if (location.file() == null) {
            throw EngagementException.usage("Cannot tell where the config file is: HOME and XDG_CONFIG_HOME are not "
                    + "set; name it with --config FILE.");
        }
        return location;
    }

    private void warnAboutSecretFlags(Map<ProfileField, String> flags) {
        List<String> names = new ArrayList<>();
        flags.forEach((f, v) -> {
            if (v != null && f.isSecret()) {
                names.add("--" + f.property().replace('_', '-'));
            }
        });
        if (!names.isEmpty()) {
            reporter.warn(Text.joinAnd(names) + " put" + (names.size() == 1 ? "s" : "")
                    + " the secret in your shell history and in the process list, where other users can see it; "
                    + "prefer the questions on a terminal or --secrets-from-stdin.");
        }
    }

    /** Asks for each credential on the terminal, showing the current value masked; Enter keeps it. */
    private Map<ProfileField, String> ask(ProfileLocation location, Profile current) {
        Prompter p = prompter != null ? prompter : consolePrompter();
        reporter.note("Profile '" + location.name() + "' in " + location.file()
                + ". Press Enter to keep the value in brackets; secrets are not echoed.");
        Map<ProfileField, String> answers = new EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.CREDENTIALS) {
            String prompt = Character.toUpperCase(f.label().charAt(0)) + f.label().substring(1) + " ["
                    + f.display(current.get(f)) + "]: ";
            String answer = f.isSecret() ? p.readSecret(prompt) : p.readLine(prompt);
            if (answer == null) {
                throw EngagementException.usage("The input ended before all questions were answered; nothing was saved.");
            }
            answers.put(f, answer);
        }
        return answers;
    }

    private static Prompter consolePrompter() {
        Console console = System.console();
        if (console == null) {
            throw EngagementException.usage("Cannot read secrets without echo here (stdin or stdout is not a terminal): "
                    + "pipe name=value lines with --secrets-from-stdin instead.");
        }
        return new Prompter() {
            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public String readSecret(String prompt) {
                char[] chars = console.readPassword("%s", prompt);
                if (chars == null) {
                    return null;
                }
                String s = new String(chars);
                Arrays.fill(chars, '\0');
                return s;
            }
        };
    }

    /**
     * Reads {@code name=value} lines: names as in the config file, dashed, or as environment variables;
     * blank lines and {@code #} comments are skipped; an empty value keeps the current one. Error
     * messages name the line, never its content.
     */
    Map<ProfileField, String> readStdin() throws IOException {
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        Map<ProfileField, Integer> seenAt = new EnumMap<>(ProfileField.class);
        BufferedReader in = new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("export ")) {
                s = s.substring("export ".length()).strip();
            }
            int eq = s.indexOf('=');
            String name = eq > 0 ? s.substring(0, eq).strip() : null;
            if (name == null || !PLAIN_NAME.matcher(name).matches()) {
                throw EngagementException.usage("stdin line " + lineNo + " is not a name=value line (names: "
                        + names() + ").");
            }
            ProfileField f = ProfileField.fromName(name);
            if (f == null) {
                throw EngagementException.usage("stdin line " + lineNo + " names '" + name + "', which is not one of "
                        + names() + ".");
            }
            if (seenAt.containsKey(f)) {
                throw EngagementException.usage("stdin gives " + f.property() + " twice (lines " + seenAt.get(f) + " and "
                        + lineNo + "); give it once.");
            }
            seenAt.put(f, lineNo);
            values.put(f, unquote(s.substring(eq + 1).strip()));
        }
        return values;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (ProfileField f : ProfileField.values()) {
            names.add(f.property());
        }
        return String.join(", ", names);
    }

    /** Credentials are single words; the API URL must be an http(s) URL. Messages never show a secret. */
    private static void validate(Map<ProfileField, String> values) {
        values.forEach((f, v) -> {
            if (f == ProfileField.API_URL) {
                ServiceUrl.parse(v, "The API URL", ServiceUrl.DEFAULT_API_URL, true);
            } else if (f == ProfileField.STORE) {
                return;
            } else if (v.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw EngagementException.usage("The " + f.label() + " contains spaces or control characters; "
                        + "credentials are single words, so check what was pasted.");
            }
        });
    }
}
