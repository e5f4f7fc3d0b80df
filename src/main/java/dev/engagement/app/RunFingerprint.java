package dev.engagement.app;

import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import dev.engagement.fetch.RequestShape;
import dev.engagement.input.SourceIdentity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a run's result depends on, hashed: the endpoint, metrics and groupings, the range as typed,
 * how the input is read and each input (name, size, checksum), and where the
 * requests go with which kind of auth. Content, not modification time, identifies an input: a file
 * touched or copied anew is the same input. Two runs with the same fingerprint share a journal.
 */
final class RunFingerprint {
    private RunFingerprint() {
    }

    /** {@code target}: the API URL as shown (the sandbox is one target whatever its port); {@code auth}: who signs. */
    static String of(FetchSettings settings, RequestShape shape, List<SourceIdentity> inputs, String target, String auth) {
        String text = "endpoint=" + shape.endpoint().path()
                + "\nmetrics=" + shape.metrics().stream().map(Metric::wireName).collect(Collectors.joining(","))
                + "\ngroupings=" + shape.groupings().stream().map(Grouping::describe).collect(Collectors.joining(";"))
                + "\nrange=" + settings.range()
                + "\ninput=" + settings.input()
                + "\nsources=" + inputs.stream().map(s -> s.name() + ":" + s.size() + ":"
                        + Long.toHexString(s.crc32c())).collect(Collectors.joining(","))
                + "\ntarget=" + target
                + "\nauth=" + auth;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
