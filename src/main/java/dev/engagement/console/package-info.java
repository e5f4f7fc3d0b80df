/**
 * What people read on stderr: notes, warnings and errors at the chosen verbosity, and the progress
 * display. Never data.
 */
package dev.engagement.console;
