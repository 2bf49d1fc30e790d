#!/usr/bin/env bash
# Place-page benchmark (issue: foundation budget).
#   - generates a directory of ~2,000 places with `mozaik generate`;
#   - measures the time from `mozaik serve` starting to its first answer;
#   - loads one municipality's page with wrk at 64 connections;
#   - reports requests/s, p50/p99 latency and the server's peak resident memory.
# Usage: bench/place_page.sh [DURATION_SECONDS]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/mozaik"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

"$bin" init --database "$db" >/dev/null
"$bin" generate --database "$db" --municipalities 1420 --institutions 6 --people 2
places=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM places" 2>/dev/null || echo "?")
echo "places in the database: $places"

port=18080
start=$(date +%s%N)
"$bin" serve --database "$db" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.01; done
ready=$(date +%s%N)
echo "startup to first answer: $(( (ready - start) / 1000000 )) ms"

page="/places/GEN-C00-M0001"
curl -fs -o /dev/null -w "page size: %{size_download} bytes\n" "http://127.0.0.1:$port$page"
wrk -t2 -c64 -d"${duration}s" --latency "http://127.0.0.1:$port$page" > "$work/wrk.txt" &
wrk_pid=$!
peak=0
while kill -0 "$wrk_pid" 2>/dev/null; do
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  [ "$rss" -gt "$peak" ] && peak=$rss
  sleep 0.5
done
wait "$wrk_pid"
grep -E "Requests/sec|Non-2xx|Socket errors" "$work/wrk.txt" || true
awk '/Latency Distribution/ {show=1; next} show && /%/ {print "latency p" $1 " " $2} /Requests\/sec/ {show=0}' "$work/wrk.txt" | sed 's/%//'
echo "peak resident memory under load: $(( peak / 1024 )) MB"
