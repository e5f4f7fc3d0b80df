package dev.engagement.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of OAuth 1.0a HMAC-SHA1 (RFC 5849 section 3.4, spec 7.2-7.4), written from the
 * RFC: Authorization header parsing, base string URI, parameter normalisation, signature. No
 * request state lives here; {@link SandboxAuthenticator} applies it to requests.
 */
public final class OAuth1 {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private OAuth1() {
    }

    /** A decoded name/value pair. */
    public record Param(String name, String value) {
    }

    /** RFC 3986 percent-encoding of the UTF-8 bytes; only {@code A-Z a-z 0-9 - . _ ~} stay as they are. */
    public static String percentEncode(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return sb.toString();
    }

    /**
     * Strict percent-decoding to UTF-8 ({@code +} stays a plus). Throws IllegalArgumentException
     * on a truncated or non-hex escape.
     */
    public static String percentDecode(String s) {
        return decode(s, false);
    }

    /** {@code application/x-www-form-urlencoded} decoding: {@code +} is a space (RFC 5849 3.4.1.3.1). */
    public static String formDecode(String s) {
        return decode(s, true);
    }

    private static String decode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("truncated percent escape");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad percent escape");
                }
                out.write((hi << 4) | lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Parses a query string or form body into decoded pairs; null or empty gives none. */
    public static List<Param> parseForm(String raw) {
        List<Param> out = new ArrayList<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.add(new Param(formDecode(name), formDecode(value)));
        }
        return out;
    }

    /**
     * Parses the parameters of an {@code Authorization: OAuth ...} header (scheme already checked
     * or not: a leading {@code OAuth} is skipped case-insensitively). Pairs are {@code name="value"}
     * separated by commas with optional whitespace; names and values are percent-decoded;
     * {@code realm} is dropped. Returns null when the header is malformed or repeats a parameter.
     */
    public static Map<String, String> parseAuthorizationHeader(String header) {
        if (header == null) {
            return null;
        }
        String s = header.strip();
        if (s.regionMatches(true, 0, "OAuth", 0, 5) && (s.length() == 5 || Character.isWhitespace(s.charAt(5)))) {
            s = s.substring(5);
        }
        try {
            return new HeaderParams(s).parse();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A cursor over the {@code name="value"} list of an Authorization header. */
    private static final class HeaderParams {
        private final String s;
        private final int n;
        private int i;

        HeaderParams(String s) {
            this.s = s;
            this.n = s.length();
        }

        /** The decoded parameters without realm; null when malformed or a parameter repeats. */
        Map<String, String> parse() {
            Map<String, String> params = new LinkedHashMap<>();
            boolean expectPair = true;
            while (true) {
                while (i < n && isLws(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (!expectPair) {
                    if (s.charAt(i) != ',') {
                        return null;
                    }
                    i++;
                    expectPair = true;
                    continue;
                }
                Param raw = nextPair();
                if (raw == null) {
                    return null;
                }
                expectPair = false;
                String name = percentDecode(raw.name());
                if (!name.equals("realm") && params.put(name, percentDecode(raw.value())) != null) {
                    return null;
                }
            }
            return params.isEmpty() || expectPair ? null : params;
        }

        /** The next {@code name="value"} as written (still encoded), or null when there is none here. */
        private Param nextPair() {
            int nameStart = i;
            while (i < n && s.charAt(i) != '=' && s.charAt(i) != ',' && !isLws(s.charAt(i))) {
                i++;
            }
            String name = s.substring(nameStart, i);
            if (name.isEmpty() || i >= n || s.charAt(i) != '=') {
                return null;
            }
            i++;
            if (i >= n || s.charAt(i) != '"') {
                return null;
            }
            int open = i;
            int close = s.indexOf('"', open + 1);
            if (close < 0) {
                return null;
            }
            i = close + 1;
            return new Param(name, s.substring(open + 1, close));
        }
    }

    private static boolean isLws(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * The base string URI (RFC 5849 3.4.1.2): lower-case scheme and host, the port only when it is
     * not the scheme's default, and the path as sent (no query, no fragment).
     */
    public static String baseUri(String scheme, String hostHeader, String rawPath) {
        String sch = scheme.toLowerCase(Locale.ROOT);
        String hostPort = hostHeader.strip().toLowerCase(Locale.ROOT);
        String host = hostPort;
        String port = null;
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        boolean defaultPort = port == null || port.isEmpty()
                || (sch.equals("http") && port.equals("80")) || (sch.equals("https") && port.equals("443"));
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return sch + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    /**
     * The signature base string (RFC 5849 3.4.1): upper-case method, encoded base URI, and the
     * encoded normalised parameters (encoded, sorted by name then value, joined with {@code &}).
     * {@code params} must hold every parameter to sign: the {@code oauth_*} ones without
     * {@code oauth_signature} (and without realm), the query, and a form body if there is one.
     */
    public static String baseString(String method, String baseUri, List<Param> params) {
        List<String[]> encoded = new ArrayList<>(params.size());
        for (Param p : params) {
            encoded.add(new String[] {percentEncode(p.name()), percentEncode(p.value())});
        }
        encoded.sort(Comparator.<String[], String>comparing(e -> e[0]).thenComparing(e -> e[1]));
        StringBuilder norm = new StringBuilder();
        for (String[] e : encoded) {
            if (norm.length() > 0) {
                norm.append('&');
            }
            norm.append(e[0]).append('=').append(e[1]);
        }
        return method.toUpperCase(Locale.ROOT) + "&" + percentEncode(baseUri) + "&" + percentEncode(norm.toString());
    }

    /** {@code base64(HMAC-SHA1(pct(consumerSecret) & pct(tokenSecret), baseString))}; token secret may be empty. */
    public static String signature(String baseString, String consumerSecret, String tokenSecret) {
        String key = percentEncode(consumerSecret) + "&" + percentEncode(tokenSecret == null ? "" : tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /** The parameters to sign for a request: header params minus signature, plus query and form body. */
    public static List<Param> signedParams(Map<String, String> headerParams, String rawQuery, String formBody) {
        List<Param> params = new ArrayList<>();
        for (Map.Entry<String, String> e : headerParams.entrySet()) {
            if (!e.getKey().equals("oauth_signature")) {
                params.add(new Param(e.getKey(), e.getValue()));
            }
        }
        params.addAll(parseForm(rawQuery));
        params.addAll(parseForm(formBody));
        return params;
    }
}
