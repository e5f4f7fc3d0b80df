package dev.engagement.store;

/**
 * What storing a run did: {@code rows} counts written to snapshot {@code id}; {@code alreadyStored}
 * when the store held this complete run before (nothing written); {@code replaced} when it held the
 * run partial and now holds it whole.
 */
public record Added(long id, long rows, boolean alreadyStored, boolean replaced) {
}
