/**
 * The command line: picocli commands and option groups only. Each group yields one small typed
 * settings record; each command hands them to one call in {@code app}.
 */
package dev.engagement.cli;
