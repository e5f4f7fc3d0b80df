package dev.engagement.owners;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * What every owner cache holds while a run goes, wherever it keeps it: the owners as read at the
 * start (what {@link OwnerCache#ownerOf} answers, with a digest of them for {@link OwnerCache#snapshot}),
 * and what the run learnt, kept apart until it is saved. About 24 bytes per Tweet, nothing boxed;
 * profile names are kept once each.
 */
public final class OwnerTable {
    /** Receives what a run changed against the owners read at its start. */
    public interface Changes<E extends Exception> {
        void owned(long tweetId, String profile) throws E;

        void forgotten(long tweetId) throws E;
    }

    /** Receives one remembered owner. */
    public interface Visitor<E extends Exception> {
        void visit(long tweetId, String profile) throws E;
    }

    private static final int NONE = -2;
    private final LongIntMap owners = new LongIntMap();
    /** Learnt during the run: a profile index, or {@link #NONE}. */
    private final LongIntMap learnt = new LongIntMap();
    private final CRC32C digest = new CRC32C();
    private final List<String> profiles = new ArrayList<>();
    private final Map<String, Integer> profileIndex = new HashMap<>();
    private boolean changed;

    /** An owner read at the start of the run (a place that keeps the cache reads them in a fixed order). */
    public void load(long tweetId, String profile) {
        digest.update((tweetId + "\t" + profile + "\n").getBytes(StandardCharsets.UTF_8));
        if (tweetId > 0) {
            owners.put(tweetId, indexOf(profile));
        }
    }

    /** The next save writes the cache even if the run learns nothing (what was read is not to be trusted). */
    public void markChanged() {
        changed = true;
    }

    public String ownerOf(long tweetId) {
        int i = owners.get(tweetId);
        return i == LongIntMap.ABSENT ? null : profiles.get(i);
    }

    public String snapshot() {
        return owners.size() + ":" + Long.toHexString(digest.getValue());
    }

    /** How many Tweets it knew an owner of at the start (learnt ones count after {@link #apply()}). */
    public int size() {
        return owners.size();
    }

    public void owned(long tweetId, String profile) {
        if (tweetId > 0) {
            int index = indexOf(profile);
            changed |= owners.get(tweetId) != index;
            learnt.put(tweetId, index);
        }
    }

    public void ownedByNone(long tweetId) {
        if (tweetId > 0) {
            changed |= owners.get(tweetId) != LongIntMap.ABSENT;
            learnt.put(tweetId, NONE);
        }
    }

    /** Whether there is anything to save. */
    public boolean changed() {
        return changed;
    }

    /** What the run learnt that differs from the owners read at its start. */
    public <E extends Exception> void forEachChange(Changes<E> changes) throws E {
        long[] keys = learntKeys();
        for (long id : keys) {
            int v = learnt.get(id);
            int before = owners.get(id);
            if (v == NONE && before != LongIntMap.ABSENT) {
                changes.forgotten(id);
            } else if (v != NONE && v != before) {
                changes.owned(id, profiles.get(v));
            }
        }
    }

    /** Folds what was learnt into the owners, once it is saved. */
    public void apply() {
        for (long id : learntKeys()) {
            int v = learnt.get(id);
            if (v == NONE) {
                owners.remove(id);
            } else {
                owners.put(id, v);
            }
        }
        learnt.clear();
        changed = false;
    }

    /** Every owner known, in no particular order (call after {@link #apply()} to include what was learnt). */
    public <E extends Exception> void forEachOwner(Visitor<E> visitor) throws E {
        for (long id : keys(owners)) {
            visitor.visit(id, profiles.get(owners.get(id)));
        }
    }

    private long[] learntKeys() {
        return keys(learnt);
    }

    private static long[] keys(LongIntMap map) {
        long[] keys = new long[map.size()];
        int[] n = {0};
        map.forEachKey(k -> keys[n[0]++] = k);
        return keys;
    }

    private int indexOf(String profile) {
        return profileIndex.computeIfAbsent(profile, p -> {
            profiles.add(p);
            return profiles.size() - 1;
        });
    }
}
