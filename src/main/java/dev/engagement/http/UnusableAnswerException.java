package dev.engagement.http;

import java.io.IOException;

/** A 200 whose body cannot be used (not JSON, or not an answer to the request): retried like a network failure. */
final class UnusableAnswerException extends IOException {
    private static final long serialVersionUID = 1L;

    UnusableAnswerException(String reason) {
        super("the API answered 200 with a body that " + reason);
    }
}
