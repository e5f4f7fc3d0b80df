package dev.engagement.config;

import java.util.Map;

/**
 * Where the credentials of a run came from, for messages: per field, the environment variable,
 * the profile or the sandbox that supplied it; and the profile that was read, if any.
 */
public record Provenance(String profile, Map<ProfileField, String> sources) {
    /** Credentials read from the environment only. */
    public static final Provenance ENVIRONMENT = new Provenance(null, Map.of());

    public Provenance {
        sources = Map.copyOf(sources);
    }

    /** Where a field came from; a field without a recorded source is named by its environment variable. */
    public String source(ProfileField field) {
        return sources.getOrDefault(field, field.envVar());
    }

    /** The command that stores credentials in the profile this run reads. */
    public String configureCommand() {
        return "engagement configure"
                + (profile == null || profile.equals(ProfileStore.DEFAULT_PROFILE) ? "" : " --profile " + profile);
    }
}
