/**
 * The one home of the API contract: every rule (IDs, metrics, groupings, windows, ages, auth),
 * every message, the meaning of statuses and refusals, and the JSON of requests and responses. Used
 * alike by the client's pre-flight checks and by the sandbox; depends on no other package of ours.
 */
package dev.engagement.api;
