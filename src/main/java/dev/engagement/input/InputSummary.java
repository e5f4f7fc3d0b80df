package dev.engagement.input;

/**
 * What the first pass over the input found.
 *
 * @param idsRead          valid IDs, duplicates included
 * @param uniqueIds        distinct valid IDs; what the second pass yields
 * @param duplicates       {@code idsRead - uniqueIds}
 * @param invalidSkipped   invalid lines or records skipped because of {@code --skip-invalid}
 * @param suspectedRounded distinct IDs that look rounded by a spreadsheet (kept, but warned about)
 */
public record InputSummary(long idsRead, long uniqueIds, long duplicates, long invalidSkipped, long suspectedRounded) {
}
