package dev.engagement.http;

/**
 * Adds credentials to a request, as stripe-java's authenticators do: returns a newly signed request
 * and leaves the given one as it was. Called for every attempt, so each carries a fresh signature.
 */
@FunctionalInterface
public interface Authenticator {
    WireRequest authenticate(WireRequest request);
}
