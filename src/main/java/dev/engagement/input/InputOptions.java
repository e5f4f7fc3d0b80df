package dev.engagement.input;

/**
 * How Tweet IDs are taken from the input files.
 *
 * @param idColumn    the CSV/TSV column holding the IDs ({@code --id-column}); null to look for
 *                    {@code tweet_id}, {@code id_str} or {@code id}
 * @param skipInvalid warn about invalid lines and go on instead of stopping ({@code --skip-invalid})
 * @param originals   a retweet contributes the retweeted Tweet's ID instead of its own ({@code --originals})
 */
public record InputOptions(String idColumn, boolean skipInvalid, boolean originals) {
}
