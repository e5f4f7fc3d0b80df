package dev.engagement.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An API request's body as text, decoded per its {@code Content-Encoding} (identity or gzip), or
 * the reason it cannot be read. The reason is answered with 400 only after authentication, the
 * budget and gzip negotiation.
 *
 * @param text the UTF-8 text, or null when {@code error} says why there is none
 * @param error null, or the 400 message
 */
record RequestBody(String text, String error) {

    /** Reads and decodes the exchange's body. */
    static RequestBody read(Exchange x) throws IOException {
        byte[] raw = x.readBody();
        if (raw == null) {
            return refused("The request body is larger than " + Exchange.MAX_BODY_BYTES + " bytes");
        }
        String enc = x.header("Content-Encoding");
        enc = enc == null ? "identity" : enc.strip().toLowerCase(Locale.ROOT);
        if (enc.equals("gzip") || enc.equals("x-gzip")) {
            byte[] unzipped = gunzip(raw);
            return unzipped == null ? refused("The request body is not valid gzip (Content-Encoding: gzip)")
                    : new RequestBody(new String(unzipped, StandardCharsets.UTF_8), null);
        }
        if (enc.equals("identity") || enc.isEmpty()) {
            return new RequestBody(new String(raw, StandardCharsets.UTF_8), null);
        }
        return refused("Unsupported Content-Encoding '" + enc + "' for the request body; send plain JSON");
    }

    private static RequestBody refused(String error) {
        return new RequestBody(null, error);
    }

    /** The gunzipped bytes, or null when they are not gzip or grow beyond {@link Exchange#MAX_BODY_BYTES}. */
    private static byte[] gunzip(byte[] raw) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > Exchange.MAX_BODY_BYTES) {
                    return null;
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }
}
