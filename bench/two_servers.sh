#!/usr/bin/env bash
# Two app servers on one PostgreSQL (issue: several app servers). Builds,
# creates a database on the local PostgreSQL (MOZAIK_BENCH_POSTGRES, default
# postgres://postgres@127.0.0.1:5432), starts server A with the demo and
# server B on the same database, then prints search p50/p99 through B while A
# takes writes, and the time from each write on A to its visibility on B.
# Usage: bench/two_servers.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/mozaik"
server="${MOZAIK_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}"
name="mozaik_bench_$$"
psql "$server/postgres" -qc "CREATE DATABASE $name" >/dev/null
trap 'kill "${a:-0}" "${b:-0}" 2>/dev/null || true; sleep 1; psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null' EXIT
key="$(openssl rand -hex 32)"
export MOZAIK_SHARING_KEY="$key"
"$bin" demo --database "$server/$name" --bind 127.0.0.1:18101 >/dev/null 2>&1 &
a=$!
until curl -fs http://127.0.0.1:18101/readyz >/dev/null 2>&1; do sleep 0.1; done
"$bin" serve --database "$server/$name" --bind 127.0.0.1:18102 >/dev/null 2>&1 &
b=$!
until curl -fs http://127.0.0.1:18102/readyz >/dev/null 2>&1; do sleep 0.1; done
python3 bench/two_servers.py http://127.0.0.1:18101 http://127.0.0.1:18102 "${1:-20}"
