package dev.engagement.config;

import dev.engagement.EngagementException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the credentials of a run. Per field, the first that is set wins: environment variables
 * ({@code ENGAGEMENT_CONSUMER_KEY} ...), then the profile ({@code --profile} / {@code ENGAGEMENT_PROFILE}
 * / {@code default}) in the config file. Command-line options ({@code --api-url}, {@code --profile},
 * {@code --config}) beat both.
 */
public final class CredentialSources {

    /** The credentials of a run, and the API URL of its profile (null when the profile sets none). */
    public record Resolved(Credentials credentials, String profileApiUrl) {
    }

    private CredentialSources() {
    }

    /** Resolves the credentials; {@code warn} receives what the user should know about the config file. */
    public static Resolved resolve(ProfileChoice settings, Map<String, String> env, Consumer<String> warn) {
        ProfileLocation location = ProfileLocation.of(settings, env);
        ProfileStore.Effective effective = readProfile(location, warn);
        Profile profile = effective.profile();
        Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
        Map<ProfileField, String> sources = new EnumMap<>(ProfileField.class);
        for (ProfileField f : ProfileField.CREDENTIALS) {
            String fromEnv = get(env, f.envVar());
            if (fromEnv != null) {
                values.put(f, fromEnv);
                sources.put(f, f.envVar());
            } else if (profile.get(f) != null) {
                values.put(f, profile.get(f));
                sources.put(f, effective.inherited().contains(f)
                        ? "profile '" + ProfileStore.DEFAULT_PROFILE + "', for '" + profile.name() + "'"
                        : "profile '" + profile.name() + "'");
            }
        }
        Credentials credentials = new Credentials(values.get(ProfileField.CONSUMER_KEY),
                values.get(ProfileField.CONSUMER_SECRET), values.get(ProfileField.ACCESS_TOKEN),
                values.get(ProfileField.ACCESS_TOKEN_SECRET), values.get(ProfileField.BEARER_TOKEN),
                new Provenance(location.name(), sources));
        return new Resolved(credentials, profile.get(ProfileField.API_URL));
    }

    /**
     * The profile a run reads. A missing config file or profile is an empty profile, unless it was
     * asked for by name ({@code --profile}, {@code ENGAGEMENT_PROFILE}, {@code --config}).
     */
    public static ProfileStore.Effective readProfile(ProfileLocation location, Consumer<String> warn) {
        String name = location.name();
        if (location.file() == null) {
            if (location.named()) {
                throw EngagementException.auth("Profile '" + name + "' was asked for, but there is no config file: "
                        + "HOME and XDG_CONFIG_HOME are not set; name the file with --config FILE.");
            }
            return none(name);
        }
        ProfileStore store = ProfileStore.load(location.file());
        if (!store.exists()) {
            if (location.fileGiven()) {
                throw EngagementException.usage("The config file " + location.file() + " given with --config does not "
                        + "exist; create it with 'engagement configure --config " + location.file() + "'.");
            }
            if (location.named()) {
                throw EngagementException.auth("Profile '" + name + "' does not exist: there is no config file "
                        + location.file() + " yet; create it with 'engagement configure --profile " + name + "'.");
            }
            return none(name);
        }
        store.warnings().forEach(warn);
        Optional<ProfileStore.Effective> profile = store.effective(name);
        if (profile.isEmpty() && location.named()) {
            throw EngagementException.auth("There is no profile '" + name + "' in " + location.file() + " (profiles: "
                    + (store.profileNames().isEmpty() ? "none" : String.join(", ", store.profileNames()))
                    + "); create it with 'engagement configure --profile " + name + "'.");
        }
        return profile.orElse(none(name));
    }

    private static ProfileStore.Effective none(String name) {
        return new ProfileStore.Effective(Profile.empty(name), Set.of());
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
