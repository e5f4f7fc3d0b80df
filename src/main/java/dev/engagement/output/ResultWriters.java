package dev.engagement.output;

import dev.engagement.RunContext;
import dev.engagement.api.Grouping;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Picks the writer for a run: the format asked for, or a table on a terminal and JSON otherwise. */
public final class ResultWriters {
    private ResultWriters() {
    }

    public static Format effectiveFormat(Format asked, boolean toTerminal) {
        return asked != null ? asked : toTerminal ? Format.table : Format.json;
    }

    /** Pretty JSON on a terminal and compact otherwise, unless the settings say. */
    public static ResultWriter create(OutputSettings settings, RunContext ctx, OutputStream out, List<Grouping> groupings)
            throws IOException {
        boolean toTerminal = settings.file() == null && ctx.stdoutIsTerminal();
        Boolean pretty = settings.pretty();
        switch (effectiveFormat(settings.format(), toTerminal)) {
            case csv:
                return new CsvResultWriter(out, groupings);
            case table:
                return new TableResultWriter(out, groupings, toTerminal ? ctx.terminalWidth() : Integer.MAX_VALUE,
                        toTerminal && ctx.colorOnStdout());
            default:
                return new JsonResultWriter(out, pretty != null ? pretty : toTerminal, groupings);
        }
    }
}
