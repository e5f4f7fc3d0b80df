package dev.engagement.app;

import dev.engagement.DatabaseUrls;
import dev.engagement.Text;
import dev.engagement.api.Metric;
import dev.engagement.config.CredentialSources;
import dev.engagement.config.ProfileChoice;
import dev.engagement.config.ProfileField;
import dev.engagement.config.ProfileLocation;
import dev.engagement.console.Reporter;
import dev.engagement.journal.RunHeader;
import dev.engagement.merge.BatchHistory;
import dev.engagement.store.Added;
import dev.engagement.store.Snapshot;
import dev.engagement.store.SnapshotStore;
import dev.engagement.store.StoreTarget;
import java.io.IOException;
import java.time.Clock;

/** Records a run, from its journal, as one snapshot of the store; and finds which store is meant. */
final class SnapshotRecording {
    private SnapshotRecording() {
    }

    /**
     * The store: {@code --store}, else ENGAGEMENT_STORE, else the profile's {@code store} (not with
     * {@code --sandbox}: its made-up counts go only where --store says). Null when none is set.
     */
    static StoreTarget target(String option, ProfileChoice profile, boolean sandbox, RunContext ctx, Reporter reporter) {
        String text = option;
        if (text == null) {
            text = ctx.env(ProfileField.STORE.envVar());
        }
        if (text == null && !sandbox) {
            text = CredentialSources.readProfile(ProfileLocation.of(profile, ctx.env()), reporter::warn).profile()
                    .get(ProfileField.STORE);
        }
        return text == null || text.isBlank() ? null : StoreTarget.parse(text);
    }

    static Snapshot snapshot(RunHeader header, boolean complete) {
        return new Snapshot(header.origin().created(), header.shape().endpoint().path(),
                header.shape().metrics().stream().map(Metric::wireName).toList(), header.shape().groupings(),
                header.origin().fingerprint(), complete, header.plan().ids(), header.origin().tool(),
                header.plan().outOfRange());
    }

    /** Stores the run and tells the user what was stored. */
    static Added store(StoreTarget target, Clock clock, RunHeader header, boolean complete, BatchHistory batches,
            Reporter reporter) throws IOException {
        try (SnapshotStore store = SnapshotStore.open(target, clock)) {
            Added added = store.add(snapshot(header, complete), batches);
            reporter.note(describe(added, target));
            return added;
        }
    }

    static String describe(Added added, StoreTarget target) {
        String where = DatabaseUrls.redact(target.shown());
        if (added.alreadyStored()) {
            return "The store " + where + " holds this run already (snapshot " + added.id() + "); nothing added.";
        }
        return (added.replaced() ? "Replaced the partial snapshot of this run: snapshot " : "Stored snapshot ")
                + added.id() + " (" + Text.count(added.rows(), "count") + ") in " + where + ".";
    }
}
