package dev.engagement.sandbox;

import dev.engagement.api.AcceptEncoding;
import dev.engagement.api.ApiMessages;
import dev.engagement.api.ApiRules;
import dev.engagement.api.RequestJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An API request's body as text, decoded per its {@code Content-Encoding} (identity or gzip) and
 * strictly as UTF-8, or the reason it cannot be read: 413 for a body over
 * {@link ApiRules#MAX_BODY_BYTES} (before or after gzip), 400 otherwise. The reason is answered only
 * after authentication (spec 9 #37). The body's Content-Type is not looked at: the body is JSON
 * whatever it says (spec 9 #34).
 *
 * @param text the text, or null when {@code status} and {@code error} say why there is none
 * @param status 0, or the status to answer with
 * @param error null, or the message
 */
record RequestBody(String text, int status, String error) {

    /** Reads and decodes the exchange's body. */
    static RequestBody read(Exchange x) throws IOException {
        byte[] raw = x.readBody();
        if (raw == null) {
            return tooLarge();
        }
        String enc = x.header("Content-Encoding");
        enc = enc == null ? "identity" : enc.strip().toLowerCase(Locale.ROOT);
        if (AcceptEncoding.isGzip(enc)) {
            Unzipped unzipped = gunzip(raw);
            if (unzipped.tooLarge()) {
                return tooLarge();
            }
            return unzipped.bytes() == null ? refused("The request body is not valid gzip (Content-Encoding: gzip)")
                    : decode(unzipped.bytes());
        }
        if (enc.equals("identity") || enc.isEmpty()) {
            return decode(raw);
        }
        return refused("Unsupported Content-Encoding '" + enc + "' for the request body; send plain JSON");
    }

    /** Strict UTF-8: a body that is not is no JSON text (RFC 8259 8.1). */
    private static RequestBody decode(byte[] bytes) {
        try {
            return new RequestBody(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), 0, null);
        } catch (CharacterCodingException e) {
            return refused(RequestJson.NOT_JSON + " (it is not UTF-8)");
        }
    }

    private static RequestBody refused(String error) {
        return new RequestBody(null, 400, error);
    }

    private static RequestBody tooLarge() {
        return new RequestBody(null, 413, ApiMessages.BODY_TOO_LARGE);
    }

    /** Gunzipped bytes; null bytes when not gzip. */
    private record Unzipped(byte[] bytes, boolean tooLarge) {
    }

    private static Unzipped gunzip(byte[] raw) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > ApiRules.MAX_BODY_BYTES) {
                    return new Unzipped(null, true);
                }
                out.write(buf, 0, n);
            }
            return new Unzipped(out.toByteArray(), false);
        } catch (IOException e) {
            return new Unzipped(null, false);
        }
    }
}
