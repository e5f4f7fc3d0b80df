package dev.engagement.output;

import dev.engagement.EngagementException;
import dev.engagement.ExitCode;
import dev.engagement.api.CountTree;
import dev.engagement.api.GroupKey;
import dev.engagement.api.Grouping;
import dev.engagement.api.Metric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One grouping's counts turned sideways: one row per combination of its other keys (Tweet, day,
 * hour, in the grouping's order), one column per metric. A grouping without {@code engagement.type}
 * has a single column, {@link #COUNT}.
 */
final class MetricPivot {
    static final String COUNT = "count";

    /** One row: the values of {@link #rowKeys()} and one count per column, null where the API sent none. */
    record Row(List<String> keys, Long[] values) {
    }

    private final Grouping grouping;
    private final List<String> columns;
    private final List<GroupKey> rowKeys = new ArrayList<>();
    private final int typeAt;

    /** {@code metrics}: the column names, in the order to show them. */
    MetricPivot(Grouping grouping, List<String> metrics) {
        this.grouping = grouping;
        this.typeAt = grouping.keys().indexOf(GroupKey.ENGAGEMENT_TYPE);
        this.columns = typeAt < 0 ? List.of(COUNT) : List.copyOf(metrics);
        for (GroupKey k : grouping.keys()) {
            if (k != GroupKey.ENGAGEMENT_TYPE) {
                rowKeys.add(k);
            }
        }
    }

    /** The requested metrics followed by any other type the counts hold, for writers that can wait for all rows. */
    static List<String> columnsFor(Grouping grouping, List<String> metrics, CountTree counts) {
        int typeAt = grouping.keys().indexOf(GroupKey.ENGAGEMENT_TYPE);
        List<String> all = new ArrayList<>(metrics);
        if (typeAt >= 0) {
            counts.forEachLeaf(grouping.depth(), (path, count) -> {
                if (column(all, path[typeAt]) < 0) {
                    all.add(path[typeAt]);
                }
            });
        }
        return all;
    }

    /** The column heading for a row key: {@code tweet_id}, {@code day}, {@code hour}. */
    static String columnName(GroupKey k) {
        switch (k) {
            case TWEET_ID:
                return "tweet_id";
            case ENGAGEMENT_DAY:
                return "day";
            case ENGAGEMENT_HOUR:
                return "hour";
            default:
                return k.wireName();
        }
    }

    List<GroupKey> rowKeys() {
        return rowKeys;
    }

    List<String> columns() {
        return columns;
    }

    /**
     * The rows, in the order their first count appears. Throws {@link UnknownMetricException} for an
     * engagement type that has no column.
     */
    List<Row> rows(CountTree counts) {
        Map<List<String>, Long[]> rows = new LinkedHashMap<>();
        String[] unknown = new String[1];
        // The type of a leaf is mostly the instance of the leaf before: its column is looked up once per run of them.
        String[] lastType = new String[1];
        int[] lastColumn = new int[1];
        counts.forEachLeaf(grouping.depth(), (path, count) -> {
            int column;
            if (typeAt < 0) {
                column = 0;
            } else if (path[typeAt] == lastType[0]) {
                column = lastColumn[0];
            } else {
                column = column(columns, path[typeAt]);
                lastType[0] = path[typeAt];
                lastColumn[0] = column;
            }
            if (column < 0) {
                unknown[0] = path[typeAt];
                return;
            }
            List<String> key = new ArrayList<>(rowKeys.size());
            for (int i = 0; i < path.length; i++) {
                if (i != typeAt) {
                    key.add(path[i]);
                }
            }
            Long[] values = rows.computeIfAbsent(key, k -> new Long[columns.size()]);
            values[column] = values[column] == null ? count : values[column] + count;
        });
        if (unknown[0] != null) {
            throw new UnknownMetricException(unknown[0]);
        }
        List<Row> out = new ArrayList<>(rows.size());
        rows.forEach((k, v) -> out.add(new Row(k, v)));
        return out;
    }

    /** The column of an engagement type; the legacy {@code media_clicks} and its successor share one. */
    private static int column(List<String> columns, String type) {
        int exact = columns.indexOf(type);
        if (exact >= 0) {
            return exact;
        }
        Metric m = Metric.fromWireName(type);
        if (m == null) {
            return -1;
        }
        for (int i = 0; i < columns.size(); i++) {
            Metric c = Metric.fromWireName(columns.get(i));
            if (c != null && c.canonical() == m.canonical()) {
                return i;
            }
        }
        return -1;
    }

    /** The API answered with an engagement type that was not asked for. */
    static final class UnknownMetricException extends EngagementException {
        UnknownMetricException(String type) {
            super(ExitCode.PARTIAL_FAILURE, "The API answered with engagement type '" + type + "', which was not asked "
                    + "for, so --wide has no column for it; run again without --wide.");
        }
    }
}
