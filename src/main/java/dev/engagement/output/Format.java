package dev.engagement.output;

/** Output formats: one JSON document, JSON Lines, CSV (tidy or wide), or a table for a terminal. */
public enum Format {
    json, jsonl, csv, table
}
