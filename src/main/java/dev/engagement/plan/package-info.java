/**
 * Planning a run before it starts: times as users type them, the historical range, 28-day windows,
 * batches of IDs, and what the run will cost.
 */
package dev.engagement.plan;
