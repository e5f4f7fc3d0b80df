package dev.engagement.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP request as it will go on the wire, immutable: each step of the exchange that adds to it
 * (signing, for one) returns a new request, so a retry always starts from the unsigned original.
 */
public record WireRequest(String method, URI uri, List<Header> headers, byte[] body) {
    /** One header; names keep the case they were given in. */
    public record Header(String name, String value) {
    }

    public WireRequest {
        headers = List.copyOf(headers);
    }

    /** A POST of {@code body} with our usual headers: JSON accepted, gzip asked for. */
    public static WireRequest post(URI uri, String contentType, byte[] body) {
        return new WireRequest("POST", uri, List.of(new Header("Content-Type", contentType),
                new Header("Accept", "application/json"), new Header("Accept-Encoding", "gzip"),
                new Header("User-Agent", Transport.USER_AGENT)), body);
    }

    /** This request with the header set, replacing any of the same name (in any case). */
    public WireRequest withHeader(String name, String value) {
        List<Header> next = new ArrayList<>(headers.size() + 1);
        for (Header h : headers) {
            if (!h.name().equalsIgnoreCase(name)) {
                next.add(h);
            }
        }
        next.add(new Header(name, value));
        return new WireRequest(method, uri, next, body);
    }

    /** The value of a header, or null. */
    public String header(String name) {
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** The media type without parameters, lower-cased, or null. */
    public String mediaType() {
        String type = header("Content-Type");
        if (type == null) {
            return null;
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return method + " " + uri + " (" + body.length + " bytes)";
    }
}
