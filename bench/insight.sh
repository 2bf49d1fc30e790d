#!/usr/bin/env bash
# Insight benchmark (issue: the overview for national governments and partners).
#   - generates 2,000 municipalities in 6 countries and 11 rounds of a
#     60-question instrument (1,320,000 answers) with `mozaik generate`;
#   - times the regional dashboard and one country's dashboard (server round
#     trip on loopback, mean of 10 after one warm-up), budget 100 ms each;
#   - downloads every answer of the newest round as the hub would, and
#     reports the server's peak memory before and after (it streams, so the
#     download should not raise it).
# Usage: bench/insight.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/mozaik"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

export MOZAIK_ADMIN_PASSWORD="orchard lantern river quietly"
"$bin" init --database "$db" --admin-email bench@example.org --admin-name "Bench Admin" >/dev/null
"$bin" generate --database "$db" --municipalities 2000 --institutions 1 --people 1 --rounds 11 --questions 60 | tail -1
round=$(sqlite3 "$work/bench.db" "SELECT MAX(id) FROM rounds")

port=18093
"$bin" serve --database "$db" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.05; done
rss() { grep VmHWM "/proc/$pid/status" | awk '{print $2}'; }

time_page() {
  curl -fs -o /dev/null "http://127.0.0.1:$port$1"
  local total=0 runs=10
  for _ in $(seq 1 $runs); do
    t=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$1")
    total=$(echo "$total + $t" | bc -l)
  done
  echo "$1: mean of $runs $(echo "scale=1; $total * 1000 / $runs" | bc -l) ms (budget 100 ms)"
}
time_page /insight
time_page /insight/GEN-C01

# The hub's download of every answer of the newest round, streamed.
cookie=$(python3 bench/hub_session.py "http://127.0.0.1:$port" bench@example.org "$MOZAIK_ADMIN_PASSWORD")
before=$(rss)
if [ -n "$cookie" ]; then
  bytes=$(curl -fs -o /dev/null -w '%{size_download}' -H "Cookie: $cookie" \
    "http://127.0.0.1:$port/assess/rounds/$round/answers")
  echo "answers download of round $round: $bytes bytes; server peak RSS $before kB before, $(rss) kB after"
else
  echo "answers download: the bench could not sign in as the administrator"
fi
