package dev.engagement.output;

/** Output formats. */
public enum Format {
    json, csv, table
}
