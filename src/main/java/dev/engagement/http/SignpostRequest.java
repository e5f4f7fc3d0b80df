package dev.engagement.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lets signpost read and sign a {@link WireRequest}: method, absolute URL, headers and (for
 * form-encoded bodies only, as RFC 5849 says) the body. Signpost sets headers; each one yields a new
 * request, kept here until {@link #signed()} hands it back.
 */
final class SignpostRequest implements oauth.signpost.http.HttpRequest {
    private WireRequest request;

    SignpostRequest(WireRequest request) {
        this.request = request;
    }

    WireRequest signed() {
        return request;
    }

    @Override
    public String getMethod() {
        return request.method();
    }

    @Override
    public String getRequestUrl() {
        return request.uri().toString();
    }

    @Override
    public void setRequestUrl(String url) {
        throw new UnsupportedOperationException("the URL of a request is never changed by signing");
    }

    @Override
    public void setHeader(String name, String value) {
        request = request.withHeader(name, value);
    }

    @Override
    public String getHeader(String name) {
        return request.header(name);
    }

    @Override
    public Map<String, String> getAllHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach(h -> headers.put(h.name(), h.value()));
        return headers;
    }

    /** Signpost reads the payload only when the content type is form-encoded; a JSON body is never signed. */
    @Override
    public InputStream getMessagePayload() {
        return new ByteArrayInputStream(request.body());
    }

    @Override
    public String getContentType() {
        return request.header("Content-Type");
    }

    @Override
    public Object unwrap() {
        return request;
    }
}
