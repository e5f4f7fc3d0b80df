package dev.engagement.html;

import dev.engagement.Text;
import dev.engagement.api.TweetIds;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Growth from a snapshot store as a report: the store and period, per metric a curve of the count
 * summed over Tweets at each complete snapshot (x: when its run began, UTC) with its table, and the
 * fastest-growing Tweets per metric, ranked as {@code engagement growth} ranks them.
 */
public final class GrowthPage implements ReportSource {
    private final GrowthData data;

    public GrowthPage(GrowthData data) {
        this.data = data;
    }

    @Override
    public Report read() {
        List<String> metrics = metrics();
        List<Section> sections = new ArrayList<>();
        sections.add(snapshotsSection());
        sections.add(curvesSection(metrics));
        if (data.fastest().values().stream().anyMatch(rows -> !rows.isEmpty())) {
            sections.add(fastestSection(metrics));
        }
        return new Report("Engagement growth: " + data.source(), facts(metrics), sections);
    }

    /** The metrics any snapshot or ranking holds, in name order (as {@code growth} lists them). */
    private List<String> metrics() {
        TreeSet<String> all = new TreeSet<>(data.fastest().keySet());
        data.snapshots().forEach(s -> all.addAll(s.perMetric().keySet()));
        return List.copyOf(all);
    }

    private List<Report.Fact> facts(List<String> metrics) {
        List<GrowthData.Snapshot> s = data.snapshots();
        List<Report.Fact> facts = new ArrayList<>();
        facts.add(new Report.Fact("Store", data.source()));
        facts.add(new Report.Fact("Endpoint", data.endpoint()));
        facts.add(new Report.Fact("Period (UTC)", "the last " + data.period() + ": snapshots fetched from "
                + data.since() + " on"));
        facts.add(new Report.Fact("Snapshots", Text.number(s.size()) + " complete"));
        if (!s.isEmpty()) {
            facts.add(new Report.Fact("First fetched", s.get(0).fetchedAt().toString()));
            facts.add(new Report.Fact("Last fetched", s.get(s.size() - 1).fetchedAt().toString()));
        }
        if (data.partialLeftOut() > 0) {
            facts.add(new Report.Fact("Left out", Text.count(data.partialLeftOut(), "partial snapshot")
                    + " (runs that stopped early): only complete snapshots are shown"));
        }
        facts.add(new Report.Fact("Metrics", String.join(", ", metrics)));
        return facts;
    }

    private Section snapshotsSection() {
        List<List<DataTable.Cell>> rows = new ArrayList<>();
        for (GrowthData.Snapshot s : data.snapshots()) {
            rows.add(List.of(DataTable.Cell.of(s.fetchedAt().toString()), DataTable.Cell.of(Long.toString(s.id())),
                    DataTable.Cell.of(Text.number(s.tweetIds()))));
        }
        String note = "The complete snapshots of the period, oldest first (see 'engagement store list')."
                + (data.partialLeftOut() == 0 ? "" : " " + Text.count(data.partialLeftOut(), "partial snapshot")
                        + " of the period " + (data.partialLeftOut() == 1 ? "is" : "are") + " left out.");
        return new Section.Part("Snapshots", note, List.of(new Section.TableSection("Complete snapshots",
                new DataTable(List.of("fetched at (UTC)", "snapshot", "Tweet IDs"), 2, rows))));
    }

    private Section curvesSection(List<String> metrics) {
        List<Section> body = new ArrayList<>();
        for (String m : metrics) {
            List<Instant> times = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            List<List<DataTable.Cell>> rows = new ArrayList<>();
            for (GrowthData.Snapshot s : data.snapshots()) {
                Long count = s.perMetric().get(m);
                if (count != null) {
                    times.add(s.fetchedAt());
                    counts.add(count);
                    rows.add(List.of(DataTable.Cell.of(s.fetchedAt().toString()), DataTable.Cell.of(Text.number(count))));
                }
            }
            if (times.isEmpty()) {
                continue;
            }
            long[] values = counts.stream().mapToLong(Long::longValue).toArray();
            String title = m + " across snapshots, all Tweets";
            body.add(new Section.ChartSection(title, new Chart.TimeSeries(times, values, step(times), m),
                    new DataTable(List.of("fetched at (UTC)", m), 1, rows)));
        }
        return new Section.Part("Growth across snapshots", "Each point is one complete snapshot: the metric summed "
                + "over its Tweets, at the time its run began. Snapshots of different ID lists sum different Tweets "
                + "(the table of snapshots gives each one's number of Tweet IDs).", body);
    }

    /** The shortest gap between snapshots (they are not evenly spaced); one second at least. */
    private static Duration step(List<Instant> times) {
        Duration step = null;
        for (int i = 1; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - 1), times.get(i));
            if (!gap.isZero() && (step == null || gap.compareTo(step) < 0)) {
                step = gap;
            }
        }
        return step == null ? Duration.ofSeconds(1) : step;
    }

    private Section fastestSection(List<String> metrics) {
        List<Section> tables = new ArrayList<>();
        for (String m : metrics) {
            List<GrowthData.Grower> growers = data.fastest().getOrDefault(m, List.of());
            if (growers.isEmpty()) {
                continue;
            }
            List<List<DataTable.Cell>> rows = new ArrayList<>();
            int rank = 1;
            for (GrowthData.Grower g : growers) {
                rows.add(List.of(DataTable.Cell.of(Integer.toString(rank++)),
                        new DataTable.Cell(g.tweetId(), TweetIds.STATUS_URL + g.tweetId()),
                        DataTable.Cell.of(g.firstAt().toString()), DataTable.Cell.of(g.lastAt().toString()),
                        DataTable.Cell.of(Text.number(g.first())), DataTable.Cell.of(Text.number(g.last())),
                        DataTable.Cell.of(Text.number(g.change())),
                        DataTable.Cell.of(String.format(Locale.ROOT, "%,.1f", g.perDay()))));
            }
            tables.add(new Section.TableSection("Fastest " + growers.size() + " by " + m, new DataTable(List.of("rank",
                    "tweet", "from (UTC)", "to (UTC)", "from", "to", "change", "per day"), 4, rows)));
        }
        return new Section.Part("Fastest-growing Tweets", "Per metric, each Tweet's change between its first and its "
                + "last complete snapshot of the period; the largest change first, ties by Tweet ID (as "
                + "'engagement growth' ranks them).", tables);
    }
}
