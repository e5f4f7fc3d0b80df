package dev.engagement.cli;

import dev.engagement.app.FetchSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Several Tweet owners: the profiles whose tokens a run routes each Tweet between. */
public final class OwnersGroup {
    @Option(names = "--profiles", paramLabel = "NAME,...", split = ",",
            description = "Sign with these profiles' tokens: a Tweet refused as not owned is tried with the next "
                    + "profile before it is called forbidden; the owner found is remembered in "
                    + "$XDG_CACHE_HOME/engagement/ (else ~/.cache/engagement/).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--all-profiles",
            description = "As --profiles, with every profile of the config file that has an access token and secret "
                    + "('engagement configure --list' marks them).")
    boolean all;

    FetchSettings.OwnerSettings settings() {
        return new FetchSettings.OwnerSettings(profiles, all);
    }
}
