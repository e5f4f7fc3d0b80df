package dev.engagement.owners;

/**
 * An owner cache answered from an {@link OwnerTable} read at the start of the run; subclasses say
 * where the table is loaded from and how what was learnt is saved.
 */
public abstract class TableOwnerCache implements OwnerCache {
    protected final OwnerTable table = new OwnerTable();

    /** How many Tweets it knew an owner of at the start (learnt ones count after {@link #save()}). */
    public int size() {
        return table.size();
    }

    @Override
    public String ownerOf(long tweetId) {
        return table.ownerOf(tweetId);
    }

    @Override
    public String snapshot() {
        return table.snapshot();
    }

    @Override
    public void owned(long tweetId, String profile) {
        table.owned(tweetId, profile);
    }

    @Override
    public void ownedByNone(long tweetId) {
        table.ownedByNone(tweetId);
    }
}
