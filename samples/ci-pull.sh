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
# set -e fails the job on it, and on 2 (bad input) and 3 (credentials) as well.
# --top 10 with --top-output writes the ten best Tweets per metric to their own CSV.
$ENGAGEMENT totals ${SANDBOX:-} --quiet --format csv --output "$ARTIFACTS/engagement-totals.csv" \
    --top 10 --top-output "$ARTIFACTS/top-tweets.csv" "$IDS"

echo "Wrote $ARTIFACTS/engagement-totals.csv ($(($(wc -l < "$ARTIFACTS/engagement-totals.csv") - 1)) rows)"
# Upload step, for example in GitHub Actions:
#   - uses: actions/upload-artifact@v4
#     with: { name: engagement, path: artifacts/ }
