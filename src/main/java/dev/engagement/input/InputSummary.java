package dev.engagement.input;

import java.util.List;

/**
 * What the first pass over the input found.
 *
 * @param idsRead          valid IDs, duplicates included
 * @param uniqueIds        distinct valid IDs; what the second pass yields
 * @param duplicates       {@code idsRead - uniqueIds}
 * @param invalidSkipped   invalid lines or records skipped because of {@code --skip-invalid}
 * @param suspectedRounded distinct IDs that look rounded by a spreadsheet (kept, but warned about)
 * @param sources          what each input was when read, in the order given
 */
public record InputSummary(long idsRead, long uniqueIds, long duplicates, long invalidSkipped, long suspectedRounded,
        List<SourceIdentity> sources) {
    public InputSummary {
        sources = List.copyOf(sources);
    }
}
