#!/usr/bin/env bash
# Knowledge hub search benchmark (issue: knowledge hub budget).
#   - generates 50,000 published practices spread over the nine locales
#     (`mozaik generate --practices 50000`), besides a directory of 2,000 places;
#   - `mozaik reindex --measure 100` builds the index from the database and
#     prints the build time, the latency of 1,000 searches (several languages,
#     both scripts, half of them with a facet; p50/p99/max), and how long an
#     edited practice takes to be found (saved, re-read, re-indexed, searched);
#   - times the search page over HTTP (server round trip on loopback).
# Usage: bench/knowledge.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/mozaik"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

"$bin" init --database "$db" >/dev/null
"$bin" generate --database "$db" --municipalities 2000 --institutions 1 --people 1 --practices 50000 2>&1 | grep -v INFO
"$bin" reindex --measure 100 --database "$db" 2>&1 | grep -v INFO

port=18092
"$bin" serve --database "$db" --bind "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.05; done
until grep -q "search index built" "$work/serve.log"; do sleep 0.1; done
sed 's/\x1b\[[0-9;]*m//g' "$work/serve.log" | grep -o "seconds=[0-9.]*" | head -1 | sed 's/^/server index build at start, /' || true
total=0
runs=50
for i in $(seq 1 $runs); do
  q=$(sed -n "$(( (i % 5) + 1 ))p" <<'Q'
prevencija+radionice
%D0%BF%D1%80%D0%B5%D0%B2%D0%B5%D0%BD%D1%86%D0%B8%D1%98%D0%B0
youth+workshops
mjesna+zajednica&country=BA
radikalizimi
Q
)
  t=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/knowledge?q=$q")
  total=$(echo "$total + $t" | bc -l)
done
echo "search page over HTTP, mean of $runs: $(echo "scale=1; $total * 1000 / $runs" | bc -l) ms"
