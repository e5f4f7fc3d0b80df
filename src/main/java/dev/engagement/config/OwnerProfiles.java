package dev.engagement.config;

import dev.engagement.EngagementException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The profiles a run routes between ({@code --profiles a,b,c} or {@code --all-profiles}), each with its
 * credentials as a single-profile run would read them. {@code --all-profiles} takes every profile that
 * can sign with user context (after what it takes from {@code default}), the others in name order and
 * {@code default} last; a profile whose access token an earlier one already has is left out.
 */
public final class OwnerProfiles {
    /** A profile's name and its credentials. */
    public record Named(String name, Credentials credentials) {
    }

    private OwnerProfiles() {
    }

    /** Whether a profile can sign with user context, so {@code --all-profiles} uses it. */
    public static boolean usable(ProfileStore.Effective p) {
        for (ProfileField f : Credentials.USER_CONTEXT) {
            if (p.profile().get(f) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The profiles named (in that order), or with {@code names} null all usable ones, from the config file
     * {@code configFile} (null: the default one). Refuses, with one sentence, an access token from the
     * environment (it would stand for every profile) and a list with nothing usable in it.
     */
    public static List<Named> resolve(List<String> names, Path configFile, Map<String, String> env,
            Consumer<String> warn) {
        for (ProfileField f : List.of(ProfileField.ACCESS_TOKEN, ProfileField.ACCESS_TOKEN_SECRET)) {
            String v = env.get(f.envVar());
            if (v != null && !v.isBlank()) {
                throw EngagementException.usage(f.envVar() + " is set and would replace the access token of every "
                        + "profile: unset it to route between profiles with " + (names == null ? "--all-profiles"
                        : "--profiles") + ".");
            }
        }
        List<String> wanted = names == null ? allUsable(configFile, env, warn) : new ArrayList<>(new LinkedHashSet<>(names));
        List<Named> profiles = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        for (String name : wanted) {
            Credentials c = CredentialSources.resolve(new ProfileChoice(name, configFile), env, w -> { }).credentials();
            if (!c.hasUserContext()) {
                throw EngagementException.auth("Profile '" + name + "' cannot sign with user context: "
                        + c.missingSentence(c.missing(Credentials.USER_CONTEXT)) + ".");
            }
            if (!tokens.add(c.accessToken())) {
                warn.accept("Profile '" + name + "' has the access token of a profile before it in the list, so it is "
                        + "left out.");
                continue;
            }
            profiles.add(new Named(name, c));
        }
        return profiles;
    }

    /**
     * The profiles {@code --all-profiles} takes from {@code store}, in the order they are tried: those that can
     * sign with user context, in name order and {@code default} last, each with an access token no earlier one has.
     */
    public static List<String> selection(ProfileStore store) {
        List<String> order = new ArrayList<>(store.profileNames());
        if (order.remove(ProfileStore.DEFAULT_PROFILE)) {
            order.add(ProfileStore.DEFAULT_PROFILE);
        }
        List<String> chosen = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        for (String name : order) {
            ProfileStore.Effective p = store.effective(name).orElseThrow();
            if (usable(p) && tokens.add(p.profile().get(ProfileField.ACCESS_TOKEN))) {
                chosen.add(name);
            }
        }
        return chosen;
    }

    /** Why {@code --all-profiles} leaves a profile out, or null when it takes it. */
    static String leftOutBecause(ProfileStore store, String name) {
        if (selection(store).contains(name)) {
            return null;
        }
        ProfileStore.Effective p = store.effective(name).orElseThrow();
        if (!usable(p)) {
            return "it has no access token and secret";
        }
        for (String other : selection(store)) {
            if (store.effective(other).orElseThrow().profile().get(ProfileField.ACCESS_TOKEN)
                    .equals(p.profile().get(ProfileField.ACCESS_TOKEN))) {
                return "'" + other + "' has the same access token";
            }
        }
        return "it cannot sign with user context";
    }

    private static List<String> allUsable(Path configFile, Map<String, String> env, Consumer<String> warn) {
        ProfileLocation location = ProfileLocation.of(new ProfileChoice(null, configFile), env);
        if (location.file() == null) {
            throw EngagementException.auth("--all-profiles reads the config file, but HOME and XDG_CONFIG_HOME are "
                    + "not set: name the file with --config FILE.");
        }
        ProfileStore store = ProfileStore.load(location.file());
        if (!store.exists()) {
            throw EngagementException.auth("--all-profiles found no config file " + location.file() + ": save "
                    + "profiles with 'engagement configure --profile NAME', or name the file with --config FILE.");
        }
        store.warnings().forEach(warn);
        List<String> usable = selection(store);
        if (usable.isEmpty()) {
            throw EngagementException.auth("--all-profiles found no profile with an access token and secret in "
                    + location.file() + " (profiles: " + (store.profileNames().isEmpty() ? "none"
                    : String.join(", ", store.profileNames())) + "); add one with 'engagement configure --profile NAME'.");
        }
        return usable;
    }
}
