package dev.engagement.http;

import java.io.IOException;

/**
 * One step of an exchange, in the manner of OkHttp's interceptors: it may look at or replace the
 * request, pass it on with {@link Chain#proceed}, wait, repeat, and look at the result.
 */
@FunctionalInterface
public interface Interceptor {
    HttpResult intercept(Chain chain) throws IOException, InterruptedException;

    /** The rest of the exchange below a step. */
    interface Chain {
        /** What this exchange is for, for events and logs. */
        Exchange.Label label();

        WireRequest request();

        HttpResult proceed(WireRequest request) throws IOException, InterruptedException;
    }
}
