package dev.engagement.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a {@link Report} as one self-contained HTML5 page: inline CSS and SVG, no script, no font,
 * image or style from anywhere else, so it works offline, as a CI artifact and on paper. The only
 * links are those the report's tables carry (the Tweets').
 */
public final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1b1b1b;\
            background:#fff;margin:24px auto;max-width:760px;padding:0 16px}
            h1{font-size:22px;margin:0 0 12px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ccc}
            h3{font-size:15px;margin:18px 0 6px}h4{font-size:13px;margin:8px 0 2px;font-weight:600}
            p.note{color:#555;margin:4px 0 8px}
            table{border-collapse:collapse;margin:4px 0 12px;font-variant-numeric:tabular-nums}
            th,td{padding:2px 10px 2px 0;text-align:left;vertical-align:top}
            th{border-bottom:1px solid #999;font-weight:600}
            .k0 :is(td,th),.k1 :is(td,th):nth-child(n+2),.k2 :is(td,th):nth-child(n+3),.k4 :is(td,th):nth-child(n+5)\
            {text-align:right}
            dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}
            dl.facts dt{font-weight:600}dl.facts dd{margin:0;overflow-wrap:anywhere}
            svg.chart{display:block;max-width:100%;height:auto;font-size:11px}
            .grid{stroke:#e2e2e2;stroke-width:1}.axis{stroke:#555;stroke-width:1}
            .tick,.caption{fill:#333}.caption{font-style:italic}
            .line{fill:none;stroke:#1f5f9f;stroke-width:1.5;stroke-linejoin:round}
            .dot{fill:#1f5f9f}.bar{fill:#3a76b5}
            .multiples{display:flex;flex-wrap:wrap;gap:8px 16px}.multiples figure{margin:0;width:300px}
            figure{margin:0}figcaption{font-size:13px;font-weight:600}
            details{margin:2px 0 14px}summary{cursor:pointer;color:#333}
            a{color:#174f87}
            @media print{body{margin:0;max-width:none}h2{break-after:avoid}figure,table{break-inside:avoid}\
            a{color:inherit;text-decoration:none}}
            """;

    private final Writer out;
    private int tables;

    private HtmlReport(Writer out) {
        this.out = out;
    }

    /** Writes the page; the caller closes {@code out} and checks the write. */
    public static void write(Report report, Writer out) throws IOException {
        new HtmlReport(out).page(report);
        out.flush();
    }

    private void page(Report report) throws IOException {
        String title = Markup.escape(report.title());
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        out.write("<title>" + title + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + title + "</h1>\n<dl class=\"facts\">\n");
        for (Report.Fact f : report.facts()) {
            out.write("<dt>" + Markup.escape(f.label()) + "</dt><dd>" + Markup.escape(f.value()) + "</dd>\n");
        }
        out.write("</dl>\n");
        for (Section s : report.sections()) {
            section(s, 2);
        }
        out.write("</body>\n</html>\n");
    }

    private void section(Section s, int level) throws IOException {
        String h = "h" + Math.min(level, 4);
        if (s instanceof Section.Part part) {
            out.write("<section>\n<" + h + ">" + Markup.escape(part.title()) + "</" + h + ">\n");
            note(part.note());
            for (Section child : part.body()) {
                section(child, level + 1);
            }
            out.write("</section>\n");
        } else if (s instanceof Section.TableSection t) {
            out.write("<" + h + ">" + Markup.escape(t.title()) + "</" + h + ">\n");
            table(t.table(), null, t.title());
        } else if (s instanceof Section.ChartSection c) {
            String id = nextTableId();
            out.write("<figure>\n<" + h + ">" + Markup.escape(c.title()) + "</" + h + ">\n");
            out.write(SvgChart.render(c.chart(), SvgChart.Size.FULL, c.title(), id));
            out.write("\n</figure>\n");
            details(c.data(), id, c.title());
        } else if (s instanceof Section.Multiples m) {
            String id = nextTableId();
            out.write("<" + h + ">" + Markup.escape(m.title()) + "</" + h + ">\n");
            note(m.note());
            out.write("<div class=\"multiples\">\n");
            long shared = 0;
            for (Section.ChartSection c : m.charts()) {
                shared = Math.max(shared, max(c.chart()));
            }
            for (Section.ChartSection c : m.charts()) {
                out.write("<figure><figcaption>" + Markup.escape(c.title()) + "</figcaption>");
                out.write(SvgChart.render(c.chart(), SvgChart.Size.SMALL, c.title(), id, shared));
                out.write("</figure>\n");
            }
            out.write("</div>\n");
            details(m.data(), id, m.title());
        }
    }

    private static long max(Chart chart) {
        long[] counts = chart instanceof Chart.TimeSeries ts ? ts.counts() : ((Chart.Bars) chart).counts();
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    private String nextTableId() {
        return "t" + (++tables);
    }

    private void note(String note) throws IOException {
        if (note != null && !note.isEmpty()) {
            out.write("<p class=\"note\">" + Markup.escape(note) + "</p>\n");
        }
    }

    /** A chart's numbers: short tables open, long ones folded (still in the page, for search and screen readers). */
    private void details(DataTable data, String id, String title) throws IOException {
        out.write(data.rows().size() > 31 ? "<details>" : "<details open>");
        out.write("<summary>Data: " + Markup.escape(title) + " (" + data.rows().size() + " rows)</summary>\n");
        table(data, id, title);
        out.write("</details>\n");
    }

    /** Closing tags of cells and rows are left out (HTML allows it): long tables stay small. */
    private void table(DataTable t, String id, String caption) throws IOException {
        out.write("<table class=\"k" + t.keyColumns() + "\"" + (id == null ? "" : " id=\"" + id + "\"") + ">");
        out.write("<caption hidden>" + Markup.escape(caption) + "</caption>\n<thead><tr>");
        for (String h : t.header()) {
            out.write("<th scope=\"col\">" + Markup.escape(h) + "</th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        StringBuilder row = new StringBuilder();
        for (List<DataTable.Cell> cells : t.rows()) {
            row.setLength(0);
            row.append("<tr>");
            for (DataTable.Cell c : cells) {
                row.append("<td>");
                if (c.href() != null) {
                    row.append("<a href=\"").append(Markup.escape(c.href())).append("\">").append(Markup.escape(c.text()))
                            .append("</a>");
                } else {
                    row.append(Markup.escape(c.text()));
                }
            }
            row.append('\n');
            out.write(row.toString());
        }
        out.write("</tbody></table>\n");
    }
}
