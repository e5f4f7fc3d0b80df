#!/usr/bin/env bash
# A CI data pull: fetch totals as CSV, fail the job when anything could not be fetched,
# and hand the CSV to the CI system as an artifact.
#
# Expects ENGAGEMENT_CONSUMER_KEY, ENGAGEMENT_CONSUMER_SECRET, ENGAGEMENT_ACCESS_TOKEN and
# ENGAGEMENT_ACCESS_TOKEN_SECRET (or ENGAGEMENT_BEARER_TOKEN for public metrics) as CI secrets.
# Try it without credentials: SANDBOX=--sandbox samples/ci-pull.sh samples/tweet-ids.txt
set -euo pipefail

IDS="${1:-tweet-ids.txt}"
ARTIFACTS="${ARTIFACTS:-artifacts}"
ENGAGEMENT="${ENGAGEMENT:-java -jar target/engagement.jar}"
mkdir -p "$ARTIFACTS"

# Exit code 1 means some IDs failed after all retries (they are listed in failed_tweet_ids);
# the job fails on it, and on 2 (bad input) and 3 (credentials) as well.
# --top 10 with --top-output writes the ten best Tweets per metric to their own CSV.
# --report writes run-report.json however the run ends (counts, exit code, SHA-256 of the CSVs);
# under GitHub Actions the run also appends a Markdown table to the job's page (GITHUB_STEP_SUMMARY).
# --log-format json (LOG_FORMAT=json) gives log collectors one JSON object per stderr line.
set +e
$ENGAGEMENT totals ${SANDBOX:-} --quiet --log-format "${LOG_FORMAT:-text}" \
    --format csv --output "$ARTIFACTS/engagement-totals.csv" \
    --top 10 --top-output "$ARTIFACTS/top-tweets.csv" \
    --report "$ARTIFACTS/run-report.json" "$IDS"
status=$?
set -e

# Any CI system can show the outcome from the report; jq is optional.
if command -v jq > /dev/null && [ -s "$ARTIFACTS/run-report.json" ]; then
    jq -r '"exit \(.exit.code) (\(.exit.meaning)): \(.ids.unique) IDs, \(.tweets_fetched) fetched, " +
        "\(.id_lists.failed_tweet_ids) failed, \(.id_lists.forbidden_tweet_ids) forbidden, " +
        "\(.requests.total) requests, \(.requests.retries) retries"' "$ARTIFACTS/run-report.json"
elif [ -s "$ARTIFACTS/run-report.json" ]; then
    echo "Wrote $ARTIFACTS/run-report.json"
fi
if [ "$status" -eq 0 ]; then
    echo "Wrote $ARTIFACTS/engagement-totals.csv ($(($(wc -l < "$ARTIFACTS/engagement-totals.csv") - 1)) rows)"
fi
# Upload step, for example in GitHub Actions (always, so a failed run's report is kept too):
#   - uses: actions/upload-artifact@v4
#     if: always()
#     with: { name: engagement, path: artifacts/ }
exit $status
