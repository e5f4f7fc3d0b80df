/**
 * Combining batches into one result: the counts per grouping, the ID lists by reason, aggregates
 * kept in memory and the Top-N heaps.
 */
package dev.engagement.merge;
