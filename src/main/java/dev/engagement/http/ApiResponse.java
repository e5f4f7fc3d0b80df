package dev.engagement.http;

import dev.engagement.api.EngagementResponse;

/** The final answer to one request after retries: its status, the parsed body (null when unreadable) and the raw answer. */
public record ApiResponse(int status, EngagementResponse body, HttpResult raw) {
    public boolean isOk() {
        return status == 200;
    }
}
