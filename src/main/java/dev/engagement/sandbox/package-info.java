/**
 * The sandbox: a local, deterministic emulator of the Enterprise Engagement API (HTTP server,
 * endpoints, authentication, rate budget, injected faults and seeded data), as strict as the API
 * contract. {@link dev.engagement.sandbox.Sandbox} is its entry point; it uses nothing of ours but
 * {@code dev.engagement.api}.
 */
package dev.engagement.sandbox;
