package dev.engagement.input;

import dev.engagement.EngagementException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.function.Consumer;

/**
 * Reads every source once before anything is sent: validates every ID, counts IDs and duplicates,
 * and warns about skipped lines and spreadsheet-rounded IDs.
 */
final class FirstPass {
    private static final int WARNINGS_SHOWN = 10;

    private final InputOptions options;
    private final CappedWarnings invalidLines;
    private final CappedWarnings cautions;
    private final Consumer<String> warnings;
    private long roundedIds;
    private String firstRounded;
    /**
     * Sized for the sources' bytes at about 20 a line (an ID and its line break), up to {@link #PRESIZED_IDS},
     * so that a list of up to a few hundred thousand IDs fills it without growing it again and again.
     */
    private LongHashSet seen;
    private static final int BYTES_PER_ID = 20;
    private static final long PRESIZED_IDS = 1 << 18;
    private final IdBuffer batch = new IdBuffer();
    private long idsRead;

    FirstPass(InputOptions options, Consumer<String> warnings) {
        this.options = options;
        this.invalidLines = new CappedWarnings(WARNINGS_SHOWN, warnings);
        this.cautions = new CappedWarnings(WARNINGS_SHOWN, warnings);
        this.warnings = warnings;
    }

    /** @throws EngagementException (usage) on the first invalid record unless skipping, or on unreadable input */
    InputSummary run(List<InputSource> sources) {
        List<SourceIdentity> identities = new ArrayList<>();
        List<SourceIdentity> before = new ArrayList<>();
        long bytes = 0;
        for (InputSource source : sources) {
            SourceIdentity identity = source.identity(0);
            before.add(identity);
            bytes += identity.size();
        }
        seen = new LongHashSet(Math.min(bytes / BYTES_PER_ID, PRESIZED_IDS));
        for (int k = 0; k < sources.size(); k++) {
            InputSource source = sources.get(k);
            CRC32C crc = new CRC32C();
            try (IdRecords records = source.openRecords(options, crc)) {
                scan(source, records);
            } catch (IOException | InputSource.ReadFailure | InputSyntaxException e) {
                throw source.failure(e);
            }
            source.checkUnchanged(before.get(k));
            identities.add(source.identity(crc.getValue()));
        }
        invalidLines.finish((notShown, total) ->
                "Skipped " + notShown + " more invalid " + (notShown == 1 ? "line" : "lines") + " (" + total + " in all).");
        cautions.finish((notShown, total) -> notShown + " more like it (" + total + " in all).");
        long unique = seen.size();
        if (TweetIdSyntax.roundingIsLikely(roundedIds, unique)) {
            warnings.accept(TweetIdSyntax.roundedWarning(roundedIds, unique, firstRounded));
        }
        return new InputSummary(idsRead, unique, idsRead - unique, invalidLines.count(), roundedIds, identities);
    }

    private void scan(InputSource source, IdRecords records) throws IOException {
        while (records.next()) {
            long id = records.id();
            if (id == TweetIdSyntax.INVALID) {
                String candidate = records.candidate();
                checkBatch(source); // keeps the warnings in line order
                invalid(source, records.line(), candidate == null ? records.problem() : TweetIdSyntax.explain(candidate));
                continue;
            }
            idsRead++;
            if (records.caution() != null) {
                cautions.warn(source.location(records.line()) + ": " + records.caution());
            }
            if (batch.add(id, records.line())) {
                checkBatch(source);
            }
        }
        checkBatch(source);
    }

    /** Records the batched IDs as seen and warns about the new ones that look rounded. */
    private void checkBatch(InputSource source) {
        batch.retainNew(seen);
        for (int i = 0; i < batch.size(); i++) {
            long id = batch.id(i);
            if (TweetIdSyntax.looksSpreadsheetRounded(id)) {
                if (roundedIds++ == 0) {
                    firstRounded = source.location(batch.line(i)) + ": " + id;
                }
            }
        }
        batch.clear();
    }

    private void invalid(InputSource source, long line, String reason) {
        if (!options.skipInvalid()) {
            throw source.invalidAt(line, reason + " Use --skip-invalid to skip invalid lines and go on.");
        }
        invalidLines.warn(source.location(line) + ": skipped: " + reason);
    }
}
