package dev.engagement.cli;

import dev.engagement.app.AuthMode;
import dev.engagement.app.FetchSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** How to authenticate, and where the credentials are. Secrets are never options here: see 'engagement configure'. */
public final class AuthGroup {
    @Option(names = "--auth", paramLabel = "MODE", defaultValue = "auto",
            description = "auto, user (OAuth 1.0a user context), app (OAuth 1.0a consumer key only) or bearer. "
                    + "auto uses user context when access tokens are set, but app-only auth for public metrics on "
                    + "totals. Default: ${DEFAULT-VALUE}.")
    AuthMode auth;

    @ArgGroup(validate = false)
    ProfileGroup profile = new ProfileGroup();

    @ArgGroup(validate = false)
    OwnersGroup owners = new OwnersGroup();

    FetchSettings.AuthSettings settings() {
        return new FetchSettings.AuthSettings(auth, profile.choice(), owners.settings());
    }
}
