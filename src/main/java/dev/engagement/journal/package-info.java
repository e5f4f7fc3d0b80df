/**
 * The run journal: every completed batch recorded durably before the next request, checked line by
 * line, resumed by the same command, rendered again by {@code export}, listed by {@code runs}.
 */
package dev.engagement.journal;
