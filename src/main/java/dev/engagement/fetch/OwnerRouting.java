package dev.engagement.fetch;

import dev.engagement.http.ApiClient;
import dev.engagement.owners.OwnerCache;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens a run signs with, in the order they are tried, and what it knows about who owns which
 * Tweet. A Tweet goes first to the profile the cache names (when that profile is among the run's),
 * else to the first; refused there as not owned, it goes to the next profile not tried yet; refused by
 * all, it is forbidden. With one signer and no cache this is the plain run: refused means forbidden.
 */
public final class OwnerRouting {
    /** One profile's token: its name (null for a run that signs with one token, unnamed) and its client. */
    public record Signer(String profile, ApiClient client) {
    }

    /** Per profile: requests sent and Tweet IDs refused as not owned, this attempt. */
    public static final class Tally {
        private long requests;
        private long refused;

        public long requests() {
            return requests;
        }

        public long refused() {
            return refused;
        }
    }

    private final List<Signer> signers;
    private final List<Tally> tallies = new ArrayList<>();
    private final OwnerCache cache;
    private final java.util.BitSet disabled = new java.util.BitSet();
    private final java.util.Map<String, Integer> indexOf = new java.util.HashMap<>();

    public OwnerRouting(List<Signer> signers, OwnerCache cache) {
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("no signer");
        }
        this.signers = List.copyOf(signers);
        this.cache = cache;
        for (Signer s : signers) {
            tallies.add(new Tally());
            if (s.profile() != null) {
                indexOf.putIfAbsent(s.profile(), indexOf.size());
            }
        }
    }

    /** One unnamed token and no cache: the run of a single profile. */
    public static OwnerRouting single(ApiClient client) {
        return new OwnerRouting(List.of(new Signer(null, client)), OwnerCache.NONE);
    }

    /** Whether results name the profile that fetched each Tweet. */
    public boolean named() {
        return signers.get(0).profile() != null;
    }

    public List<Signer> signers() {
        return signers;
    }

    /** The tally of signer {@code i}, in {@link #signers()} order. */
    public Tally tally(int i) {
        return tallies.get(i);
    }

    int size() {
        return signers.size();
    }

    Signer signer(int i) {
        return signers.get(i);
    }

    /** The signer to try first for {@code tweetId}: the cached owner's, else the first, skipping refused ones. */
    int first(String tweetId) {
        int i = signers.size() == 1 ? 0 : first(parse(tweetId));
        if (!disabled.get(i)) {
            return i;
        }
        java.util.BitSet tried = new java.util.BitSet();
        tried.set(i);
        int next = next(tried);
        return next < 0 ? i : next;
    }

    /** As {@link #first(String)}: the route of an ID, for cutting batches per owner. */
    public int first(long tweetId) {
        String owner = cache.ownerOf(tweetId);
        Integer i = owner == null ? null : indexOf.get(owner);
        return i == null ? 0 : i;
    }

    /** The first signer not in {@code tried} whose credentials were not refused, or -1 when there is none. */
    int next(java.util.BitSet tried) {
        for (int i = tried.nextClearBit(0); i < signers.size(); i = tried.nextClearBit(i + 1)) {
            if (!disabled.get(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Signer {@code i}'s credentials were refused: it signs nothing more. False, and nothing changes, when it is
     * the only signer left (then the refusal stops the run, as with one profile).
     */
    boolean disable(int i) {
        if (signers.size() - disabled.cardinality() <= 1 && !disabled.get(i)) {
            return false;
        }
        disabled.set(i);
        return true;
    }

    boolean anyDisabled() {
        return !disabled.isEmpty();
    }

    /** Whether signer {@code i}'s credentials were refused. */
    public boolean disabled(int i) {
        return disabled.get(i);
    }

    void sent(int signer) {
        tallies.get(signer).requests++;
    }

    void refused(int signer, int ids) {
        tallies.get(signer).refused += ids;
    }

    /** {@code tweetId} was fetched with signer {@code i}'s token. */
    void owned(String tweetId, int signer) {
        String profile = signers.get(signer).profile();
        if (profile != null) {
            cache.owned(parse(tweetId), profile);
        }
    }

    /** No signer owns {@code tweetId}. */
    void ownedByNone(String tweetId) {
        cache.ownedByNone(parse(tweetId));
    }

    private static long parse(String tweetId) {
        try {
            return Long.parseLong(tweetId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
