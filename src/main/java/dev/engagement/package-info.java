/**
 * The vocabulary every package shares: the exit codes and their meaning, the one exception type
 * that carries one, and English for counts and lists in messages. Depends on nothing.
 */
package dev.engagement;
