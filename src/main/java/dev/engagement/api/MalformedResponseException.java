package dev.engagement.api;

/** A response body that is not the JSON the API sends; worth retrying (issue of transport or server). */
public final class MalformedResponseException extends RuntimeException {
    public MalformedResponseException(String detail) {
        super("The API answered with a body that is not valid JSON (" + detail + ")");
    }
}
