/**
 * The sequential fetcher: batch after batch, each window of a batch, refused Tweets taken out and
 * the rest sent again, and the record of completed batches.
 */
package dev.engagement.fetch;
