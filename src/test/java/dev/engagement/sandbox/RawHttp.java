package dev.engagement.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A tiny HTTP/1.1 client over a plain socket, so tests control every header (Host included) and
 * see exactly what the sandbox sends, including a connection closed without a response.
 */
final class RawHttp {

    /** A response; {@code body} is gunzipped when the response says gzip. */
    record Response(int status, Map<String, List<String>> headers, byte[] rawBody, String body) {
        String header(String name) {
            List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
            return v == null ? null : v.get(0);
        }

        boolean gzipped() {
            return "gzip".equals(header("content-encoding"));
        }
    }

    /** Thrown when the server closed the connection without sending a byte. */
    static final class NoResponseException extends IOException {
        NoResponseException() {
            super("connection closed without a response");
        }
    }

    private RawHttp() {
    }

    static Response send(int port, String method, String target, Map<String, String> headers, byte[] body)
            throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(20_000);
            StringBuilder req = new StringBuilder();
            req.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            boolean hasHost = false;
            for (Map.Entry<String, String> h : headers.entrySet()) {
                hasHost |= h.getKey().equalsIgnoreCase("Host");
                req.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
            }
            if (!hasHost) {
                req.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            req.append("Connection: close\r\n");
            if (body != null) {
                req.append("Content-Length: ").append(body.length).append("\r\n");
            }
            req.append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            byte[] all;
            try {
                all = s.getInputStream().readAllBytes();
            } catch (java.net.SocketException e) {
                throw new NoResponseException();
            }
            if (all.length == 0) {
                throw new NoResponseException();
            }
            return parse(all);
        }
    }

    private static Response parse(byte[] all) throws IOException {
        int end = -1;
        for (int i = 0; i + 3 < all.length; i++) {
            if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IOException("incomplete response head");
        }
        String head = new String(all, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, c).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(c + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        List<String> cl = headers.get("content-length");
        if (cl != null) {
            int n = Integer.parseInt(cl.get(0));
            if (rest.length < n) {
                throw new IOException("truncated body");
            }
            rest = java.util.Arrays.copyOf(rest, n);
        }
        byte[] decoded = rest;
        List<String> ce = headers.get("content-encoding");
        if (ce != null && ce.get(0).equals("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(rest))) {
                decoded = in.readAllBytes();
            }
        }
        return new Response(status, headers, rest, new String(decoded, StandardCharsets.UTF_8));
    }

    static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
