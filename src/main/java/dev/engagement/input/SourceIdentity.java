package dev.engagement.input;

/**
 * What an input was when the first pass read it: its name, size, modification time and a CRC32C
 * of its bytes. Equal identities mean equal content, so a run can be resumed; a file whose size or
 * time moves while the run reads it is refused, because the second pass would send other IDs.
 */
public record SourceIdentity(String name, long size, long modifiedMillis, long crc32c) {
}
