package dev.engagement.http;

import java.io.IOException;

/** An answer whose status says "try again later" (5xx, 408): retried like a network failure. */
final class RetryableStatusException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;

    RetryableStatusException(int status) {
        super("the API answered " + status);
        this.status = status;
    }

    int status() {
        return status;
    }
}
