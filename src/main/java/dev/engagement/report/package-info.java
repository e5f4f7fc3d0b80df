/**
 * What a fetch run says about itself when it ends, for machines: the run report ({@code --report},
 * versioned JSON), a Markdown job summary for CI ({@code GITHUB_STEP_SUMMARY}) and Prometheus metrics
 * for node_exporter's textfile collector ({@code --metrics-file}). One model, {@link RunReport},
 * three renderings; every file written atomically.
 */
package dev.engagement.report;
