package dev.engagement.http;

import dev.engagement.api.EngagementRequest;
import dev.engagement.api.EngagementResponse;
import dev.engagement.api.MalformedResponseException;
import dev.engagement.api.RequestJson;
import dev.engagement.api.ResponseCheck;
import dev.engagement.api.ResponseJson;
import dev.engagement.api.StatusClass;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends one Engagement API request through the {@link Exchange} (pacing, 429 waits, signing, the
 * wire) under the {@link RetryPolicy}, and returns its final answer: a 200 that answers the request
 * (checked by {@link ResponseCheck}), or a refusal for the caller to read. Transient statuses and
 * unusable 200s are retried.
 */
public final class ApiClient {
    private final URI baseUrl;
    private final Exchange exchange;
    private final RetryPolicy retry;

    public ApiClient(URI baseUrl, Exchange exchange, RetryPolicy retry) {
        this.baseUrl = baseUrl;
        this.exchange = exchange;
        this.retry = retry;
    }

    public ApiResponse send(EngagementRequest request) throws RequestFailedException, InterruptedException {
        WireRequest wire = WireRequest.post(endpointUri(request), "application/json",
                RequestJson.write(request).getBytes(StandardCharsets.UTF_8));
        Exchange.Label label = new Exchange.Label(request.endpoint().path(), request.tweetIds().size());
        return retry.run(() -> answer(request, exchange.send(label, wire)));
    }

    private static ApiResponse answer(EngagementRequest request, HttpResult result) throws IOException {
        StatusClass kind = StatusClass.of(result.status());
        if (kind == StatusClass.TRANSIENT) {
            throw new RetryableStatusException(result.status());
        }
        EngagementResponse body;
        try {
            body = parse(result);
        } catch (MalformedResponseException e) {
            if (kind == StatusClass.SUCCESS) {
                throw new UnusableAnswerException("is not valid JSON");
            }
            body = null;
        }
        if (kind == StatusClass.SUCCESS) {
            String problem = ResponseCheck.problem(request, body);
            if (problem != null) {
                throw new UnusableAnswerException("does not answer the request: it " + problem);
            }
        }
        return new ApiResponse(result.status(), body, result);
    }

    private URI endpointUri(EngagementRequest request) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/"
                + request.endpoint().path());
    }

    private static EngagementResponse parse(HttpResult result) {
        return ResponseJson.parse(result.body());
    }
}
