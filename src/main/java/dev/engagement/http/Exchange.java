package dev.engagement.http;

import java.io.IOException;
import java.util.List;

/** A list of {@link Interceptor}s ending in the {@link Transport}: one call of {@link #send} is one attempt. */
public final class Exchange {
    /** What one exchange is for: the endpoint and how many Tweet IDs it carries. */
    public record Label(String endpoint, int tweetIds) {
    }

    private final List<Interceptor> steps;
    private final Transport transport;

    public Exchange(List<Interceptor> steps, Transport transport) {
        this.steps = List.copyOf(steps);
        this.transport = transport;
    }

    public HttpResult send(Label label, WireRequest request) throws IOException, InterruptedException {
        return new Link(label, 0, request).proceed(request);
    }

    private final class Link implements Interceptor.Chain {
        private final Label label;
        private final int index;
        private final WireRequest request;

        Link(Label label, int index, WireRequest request) {
            this.label = label;
            this.index = index;
            this.request = request;
        }

        @Override
        public Label label() {
            return label;
        }

        @Override
        public WireRequest request() {
            return request;
        }

        @Override
        public HttpResult proceed(WireRequest next) throws IOException, InterruptedException {
            if (index == steps.size()) {
                return transport.execute(next);
            }
            return steps.get(index).intercept(new Link(label, index + 1, next));
        }
    }
}
