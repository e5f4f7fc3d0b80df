/**
 * The run's wiring: the fetch job from settings to exit code, the choice of authentication, the API
 * target (real or sandbox), the HTTP client assembly, dry run, summary and the token command's
 * action.
 */
package dev.engagement.app;
