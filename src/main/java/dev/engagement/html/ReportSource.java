package dev.engagement.html;

import java.io.IOException;

/**
 * Where a report comes from: a run's result ({@link RunPage}), or any other source that can say
 * what it shows as a {@link Report} (facts, tables and charts). {@link HtmlReport} draws any of them.
 */
public interface ReportSource {
    Report read() throws IOException;
}
