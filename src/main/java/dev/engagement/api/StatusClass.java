package dev.engagement.api;

/**
 * What an HTTP status of the API means for a client (spec 1.4, 5, 6): the one reading shared by the
 * retry policy and the fetcher.
 */
public enum StatusClass {
    /** 200: counts, perhaps with ID lists of Tweets that have none. */
    SUCCESS,
    /** 429: the rate budget is used up; send again after its reset. */
    RATE_LIMITED,
    /** 500, 502, 503, 504 and 408: a passing fault; retry with backoff. */
    TRANSIENT,
    /** 400, 401, 403: the API refused the request; the body says why (Tweets named, credentials, the request itself). */
    REFUSED,
    /** Anything else (redirects, 404, 405, 406, 409, 413, 422, other 2xx): the request cannot succeed as sent. */
    UNEXPECTED;

    public static StatusClass of(int status) {
        switch (status) {
            case 200:
                return SUCCESS;
            case 429:
                return RATE_LIMITED;
            case 408:
            case 500:
            case 502:
            case 503:
            case 504:
                return TRANSIENT;
            case 400:
            case 401:
            case 403:
                return REFUSED;
            default:
                return UNEXPECTED;
        }
    }
}
