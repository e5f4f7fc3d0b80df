package dev.engagement.http;

import dev.engagement.api.EngagementResponse;

/** The final answer to one request after retries: its status and parsed body. */
public record ApiResponse(int status, EngagementResponse body, HttpResult raw) {
    public boolean isOk() {
        return status == 200;
    }
}
