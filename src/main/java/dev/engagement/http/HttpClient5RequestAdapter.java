package dev.engagement.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/** Lets signpost read and sign an HttpClient 5 request: method, absolute URL, headers and a form body. */
final class HttpClient5RequestAdapter implements oauth.signpost.http.HttpRequest {
    private final ClassicHttpRequest request;

    HttpClient5RequestAdapter(ClassicHttpRequest request) {
        this.request = request;
    }

    @Override
    public String getMethod() {
        return request.getMethod();
    }

    @Override
    public String getRequestUrl() {
        try {
            return request.getUri().toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("request URI is not valid", e);
        }
    }

    @Override
    public void setRequestUrl(String url) {
        request.setUri(java.net.URI.create(url));
    }

    @Override
    public void setHeader(String name, String value) {
        request.setHeader(name, value);
    }

    @Override
    public String getHeader(String name) {
        Header h = request.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    @Override
    public Map<String, String> getAllHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : request.getHeaders()) {
            headers.put(h.getName(), h.getValue());
        }
        return headers;
    }

    /** Signpost reads the payload only for form-encoded bodies; a JSON body is never signed. */
    @Override
    public InputStream getMessagePayload() throws IOException {
        HttpEntity entity = request.getEntity();
        if (entity == null) {
            return null;
        }
        return entity.isRepeatable() ? entity.getContent() : new ByteArrayInputStream(new byte[0]);
    }

    @Override
    public String getContentType() {
        HttpEntity entity = request.getEntity();
        if (entity != null && entity.getContentType() != null) {
            return entity.getContentType();
        }
        return getHeader("Content-Type");
    }

    @Override
    public Object unwrap() {
        return request;
    }
}
