package dev.engagement.api;

import java.util.List;

/**
 * A refusal the API answers with: the HTTP status and its {@code errors} strings. The same value
 * becomes a pre-flight usage error in the client and an HTTP response in the sandbox.
 */
public record ApiError(int status, List<String> messages) {
    public ApiError {
        messages = List.copyOf(messages);
    }

    public ApiError(int status, String message) {
        this(status, List.of(message));
    }

    public String firstMessage() {
        return messages.isEmpty() ? "" : messages.get(0);
    }
}
