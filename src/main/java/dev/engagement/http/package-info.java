/**
 * Sending requests: small exchange steps composed like OkHttp's interceptors (rate-limit waits,
 * pacing, signing, metering) over one HttpClient 5 transport, with the retry policy and the
 * authenticators. Knows nothing of commands, wiring, output or the sandbox.
 */
package dev.engagement.http;
