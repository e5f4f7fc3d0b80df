package dev.engagement.app;

import dev.engagement.EngagementException;
import dev.engagement.api.AuthKind;
import dev.engagement.api.Endpoint;
import dev.engagement.api.Metric;
import dev.engagement.config.OwnerProfiles;
import dev.engagement.console.Reporter;
import dev.engagement.owners.OwnerCache;
import dev.engagement.owners.OwnerCacheFile;
import dev.engagement.store.StoreTarget;
import dev.engagement.store.StoredOwners;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The profiles a run routes Tweets between, each with the auth it signs with, and the owner cache that
 * says where each Tweet went last time. Null (no routing) without {@code --profiles}/{@code --all-profiles},
 * and when the run uses app-only auth, which reads any public Tweet. With a store the cache lives in
 * it, else in a file under the user's cache folder.
 */
record OwnerSetup(List<Signer> signers, OwnerCache cache, String cacheShown) {
    /** A profile's name and how it signs. */
    record Signer(String profile, AuthChoice auth) {
    }

    static OwnerSetup of(FetchSettings settings, ApiTarget target, AuthChoice auth, Endpoint endpoint,
            List<Metric> metrics, StoreTarget store, RunContext ctx, Reporter reporter) {
        FetchSettings.OwnerSettings owners = settings.auth().owners();
        if (!owners.routes()) {
            return null;
        }
        if (owners.all() && !owners.names().isEmpty()) {
            throw EngagementException.usage("--profiles and --all-profiles both choose the profiles: give one of them.");
        }
        if (settings.target().sandbox()) {
            throw EngagementException.usage(owners.option() + " routes between the profiles of the config file, and "
                    + "--sandbox has a single user: start 'engagement sandbox --users 3 --print-config FILE' and use "
                    + "--config FILE instead.");
        }
        if (auth.kind() == AuthKind.APP) {
            reporter.note(owners.option() + " is not needed here: " + auth.description() + " reads the public metrics "
                    + "of any public Tweet, so nothing is routed between owners.");
            return null;
        }
        List<OwnerProfiles.Named> named = OwnerProfiles.resolve(owners.all() ? null : owners.names(),
                settings.auth().profile().configFile(), ctx.env(), reporter::warn);
        Clock clock = ctx.clock();
        List<Signer> signers = new ArrayList<>();
        for (OwnerProfiles.Named p : named) {
            signers.add(new Signer(p.name(), AuthChoice.select(AuthMode.user, p.credentials(), endpoint, metrics, clock)));
        }
        String scope = scope(target.baseUrl(), named);
        OwnerCache cache;
        String shown;
        if (store != null) {
            cache = StoredOwners.open(store, clock, scope);
            shown = "in the store " + store.shown();
        } else {
            Path file = OwnerCacheFile.defaultFile(ctx.env(), scope);
            cache = file == null ? OwnerCache.NONE : OwnerCacheFile.open(file, reporter::warn);
            shown = file == null ? null : file.toString();
        }
        reporter.verbose("Routing Tweets between " + signers.size() + " profiles ("
                + String.join(", ", named.stream().map(OwnerProfiles.Named::name).toList()) + ")"
                + (shown == null ? "; no owner cache (neither XDG_CACHE_HOME nor HOME is set)." : "; owner cache "
                + shown + "."));
        return new OwnerSetup(signers, cache, shown);
    }

    /** Tweets of one app at one API have the same owners: the cache is kept per API URL and consumer key. */
    private static String scope(URI baseUrl, List<OwnerProfiles.Named> named) {
        return baseUrl + " " + named.get(0).credentials().consumerKey();
    }

    /** For the journal's fingerprint: which profiles, in which order. */
    String describe() {
        return "profiles=" + String.join(",", signers.stream().map(Signer::profile).toList());
    }

    /** Per Tweet ID, the position of the profile the cache names as its owner, else 0: the batch it goes in. */
    java.util.function.LongToIntFunction router() {
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < signers.size(); i++) {
            index.putIfAbsent(signers.get(i).profile(), i);
        }
        return id -> {
            String owner = cache.ownerOf(id);
            Integer i = owner == null ? null : index.get(owner);
            return i == null ? 0 : i;
        };
    }
}
