#!/usr/bin/env bash
# An HTML report of the last 28 hours, per hour, for a list of Tweets: fetch the JSON result,
# then draw it. The report is one file (inline SVG and CSS, no script, nothing from the network)
# to open in any browser, keep as a CI artifact or print.
# Try it without credentials: SANDBOX=--sandbox samples/report.sh samples/tweet-ids.txt
set -euo pipefail

IDS="${1:-tweet-ids.txt}"
OUT="${OUT:-report}"
ENGAGEMENT="${ENGAGEMENT:-java -jar target/engagement.jar}"
mkdir -p "$OUT"

$ENGAGEMENT 28hr ${SANDBOX:-} --quiet -f json -o "$OUT/28hr.json" \
    -g hourly=tweet.id,engagement.type,engagement.day,engagement.hour \
    -g by_hour=engagement.type,engagement.hour "$IDS"
$ENGAGEMENT report "$OUT/28hr.json" --top 10 -o "$OUT/28hr.html"
