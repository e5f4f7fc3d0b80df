/**
 * Reading Tweet IDs: formats told apart by content, validation with file:line messages, two
 * streaming passes, and de-duplication in a primitive hash set.
 */
package dev.engagement.input;
