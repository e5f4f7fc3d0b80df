/**
 * The snapshot store: every run recorded as one snapshot in a SQL database (a SQLite file, or a
 * PostgreSQL server), its counts in a tidy table, so counts can be followed over time. One JDBC
 * code path; {@link dev.engagement.store.Dialect} holds the little that differs. The schema is
 * versioned and migrated by the tool ({@link dev.engagement.store.Schema}).
 */
package dev.engagement.store;
