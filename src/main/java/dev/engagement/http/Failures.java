package dev.engagement.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Words for what went wrong on the network, and which failures mean the API cannot be reached at all. */
final class Failures {
    private Failures() {
    }

    /** A short reason for the user, e.g. "the request timed out". */
    static String describe(IOException e) {
        if (e instanceof RetryableStatusException || e instanceof UnusableAnswerException
                || e instanceof Transport.DeadlineExceededException) {
            return e.getMessage();
        }
        if (e instanceof SocketTimeoutException) {
            return "the request timed out";
        }
        if (e instanceof NoHttpResponseException) {
            return "the connection was closed without a response";
        }
        if (e instanceof UnknownHostException) {
            return "the API host " + e.getMessage() + " is unknown (DNS lookup failed)";
        }
        if (e instanceof ConnectException) {
            return "could not connect to the API (" + e.getMessage() + ")";
        }
        if (e instanceof SSLException) {
            return "the TLS handshake with the API failed (" + e.getMessage() + ")";
        }
        return "network error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ")";
    }

    /** The failure in a few words, the same for the same kind of failure. */
    static String kind(IOException e) {
        if (e instanceof RetryableStatusException r) {
            return "HTTP " + r.status();
        }
        if (e instanceof UnusableAnswerException) {
            return "unusable answer";
        }
        if (e instanceof SocketTimeoutException) {
            return "timeout";
        }
        if (isUnreachable(e)) {
            return "unreachable";
        }
        return e.getClass().getSimpleName();
    }

    /** DNS failure, refused connection, no route or TLS failure: retrying the first request will not help. */
    static boolean isUnreachable(IOException e) {
        return e instanceof UnknownHostException || e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof SSLException;
    }
}
