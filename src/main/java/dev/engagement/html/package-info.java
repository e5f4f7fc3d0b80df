/**
 * Pictures of a result: a self-contained HTML report (inline SVG and CSS, no script, nothing from
 * the network) built from a {@link dev.engagement.html.ReportSource}. A run's result (a JSON
 * document or a journal, read by the wiring as {@link dev.engagement.html.RunData}) becomes a
 * {@link dev.engagement.html.Report} through {@link dev.engagement.html.RunPage}; a store's
 * snapshots over time (read by the wiring as plain {@link dev.engagement.html.GrowthData}) through
 * {@link dev.engagement.html.GrowthPage}. Any other source plugs in by building a {@code Report}.
 */
package dev.engagement.html;
