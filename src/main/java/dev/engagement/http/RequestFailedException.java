package dev.engagement.http;

/** A request that still failed after every retry: a network or server fault, not a refusal. */
public final class RequestFailedException extends Exception {
    public RequestFailedException(String message) {
        super(message);
    }
}
