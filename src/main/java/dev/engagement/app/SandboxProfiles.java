package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.config.Profile;
import dev.engagement.config.ProfileField;
import dev.engagement.config.ProfileStore;
import dev.engagement.sandbox.Sandbox;
import dev.engagement.sandbox.SandboxCredentials;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A running sandbox's credentials as a ready config file: profile {@code default} holds the app's keys, the
 * API URL and user 1's token; profiles {@code user1..userN} hold only their user's token and secret and
 * take the app's keys from {@code default}. Written like {@code configure} writes (atomically, 0600).
 */
public final class SandboxProfiles {
    /** The name of sandbox user {@code n}'s profile. */
    public static String profileName(int n) {
        return "user" + n;
    }

    private SandboxProfiles() {
    }

    public static void write(Path file, Sandbox sandbox) {
        ProfileStore store = ProfileStore.load(file);
        SandboxCredentials c = sandbox.credentials();
        Map<ProfileField, String> app = new EnumMap<>(ProfileField.class);
        app.put(ProfileField.CONSUMER_KEY, c.consumerKey());
        app.put(ProfileField.CONSUMER_SECRET, c.consumerSecret());
        app.put(ProfileField.BEARER_TOKEN, c.bearerToken());
        app.put(ProfileField.API_URL, sandbox.baseUrl().toString());
        app.put(ProfileField.ACCESS_TOKEN, c.accessToken());
        app.put(ProfileField.ACCESS_TOKEN_SECRET, c.accessTokenSecret());
        store.put(new Profile(ProfileStore.DEFAULT_PROFILE, app));
        for (SandboxCredentials.User u : sandbox.users()) {
            store.put(new Profile(profileName(u.number()), Map.of(ProfileField.ACCESS_TOKEN, u.accessToken(),
                    ProfileField.ACCESS_TOKEN_SECRET, u.accessTokenSecret())));
        }
        try {
            store.save("Written by 'engagement sandbox --print-config' for the sandbox at " + sandbox.baseUrl()
                    + ": fixed test values, not secrets.");
        } catch (IOException e) {
            throw EngagementException.usage("Cannot write the config file " + file + " (" + e.getMessage()
                    + "); name another file with --print-config.");
        }
    }
}
