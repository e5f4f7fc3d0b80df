/**
 * Writing the result: JSON, tidy and wide CSV, the terminal table and the Top Tweets file, and
 * checking and replacing output files safely.
 */
package dev.engagement.output;
