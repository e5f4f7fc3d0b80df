#!/usr/bin/env bash
# Daily engagement pull for cron, e.g.:
#   15 3 * * *  /opt/engagement/cron-daily.sh >> /var/log/engagement/cron.log 2>&1
#
# - flock keeps two runs from overlapping (a slow run is never doubled by the next one);
# - the run's journal makes a killed or failed run continue where it stopped when cron (or you) runs it
#   again the same day (a completed run is never replayed: the next day fetches anew);
# - output is rotated by date and written atomically, so a reader never sees half a file;
# - each day's run is also a snapshot in the store (SQLite by default; a jdbc:postgresql:// URL works
#   too), so 'engagement growth --store "$STORE"' tells which Tweets grew fastest this week.
set -euo pipefail

ENGAGEMENT="${ENGAGEMENT:-java -jar /opt/engagement/engagement.jar}"
IDS="${IDS:-/srv/engagement/tweet-ids.txt}"
OUT_DIR="${OUT_DIR:-/srv/engagement/daily}"
STORE="${STORE:-$OUT_DIR/engagement.db}"
DAY="$(date -u +%F)"

mkdir -p "$OUT_DIR"
exec 9>"$OUT_DIR/.lock"
if ! flock -n 9; then
    echo "$(date -u +%FT%TZ) another run still holds $OUT_DIR/.lock; skipping" >&2
    exit 0
fi

# Credentials come from the profile written by 'engagement configure' (add --profile NAME for another
# Tweet owner), or from the ENGAGEMENT_* variables. Try it without credentials:
#   SANDBOX=--sandbox ENGAGEMENT="java -jar target/engagement.jar" IDS=samples/tweet-ids.txt OUT_DIR=/tmp/daily samples/cron-daily.sh
# Monitoring: a JSON report per day beside the CSV, and Prometheus metrics for node_exporter's
# textfile collector (set METRICS_FILE to a *.prom file in its --collector.textfile.directory;
# engagement_last_success_timestamp_seconds keeps the last good run when one fails, for an alert).
METRICS_FILE="${METRICS_FILE:-$OUT_DIR/engagement.prom}"
set +e
$ENGAGEMENT totals ${SANDBOX:-} --quiet \
    --format csv --output "$OUT_DIR/totals-$DAY.csv" --store "$STORE" \
    --report "$OUT_DIR/run-report-$DAY.json" --metrics-file "$METRICS_FILE" \
    "$IDS"
status=$?
set -e

case $status in
    0)   ;;                                                                  # complete
    1)   echo "$(date -u +%FT%TZ) some IDs failed; run again to fetch just those (journal kept)" >&2 ;;
    130) echo "$(date -u +%FT%TZ) interrupted; run again to continue (journal kept)" >&2 ;;
    *)   echo "$(date -u +%FT%TZ) engagement exited $status (2 = usage/input, 3 = credentials)" >&2 ;;
esac
exit $status
