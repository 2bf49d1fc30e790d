#!/usr/bin/env bash
# Place-page benchmark (issues: foundation budget; light and fast at real scale).
#   - generates a directory of ~2,000 places with `mozaik generate`;
#   - measures the time from `mozaik serve` starting to its first answer;
#   - loads one municipality's page with wrk at 64 connections: anonymously,
#     then signed in as the municipality's staff (a session cookie), then the
#     same bytes from nginx when nginx is installed (nothing is installed here);
#   - reports requests/s, p50/p99 latency, the server's peak resident memory,
#     and each figure's ratio to its floor: signed-in >= 60% of anonymous,
#     anonymous >= 25% of nginx, peak memory <= 80 MB, startup < 300 ms.
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
echo "startup to first answer: $(( (ready - start) / 1000000 )) ms (budget 300 ms)"

page="/places/GEN-C00-M0001"
curl -fs -o /dev/null -w "page size: %{size_download} bytes\n" "http://127.0.0.1:$port$page"

# A signed-in person: the municipality's staff, with a session made in the
# database as signing in would make it.
token="bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
hash=$(printf '%s' "$token" | sha256sum | cut -d' ' -f1)
sqlite3 "$work/bench.db" <<SQL
INSERT INTO people (full_name, email, active) VALUES ('Bench Staff', 'bench@example.org', 1);
INSERT INTO accounts (person_id, email, active, demo, totp_enabled, failed_logins, created_at)
  VALUES (last_insert_rowid(), 'bench@example.org', 1, 0, 0, 0, strftime('%Y-%m-%dT%H:%M:%S.000000000+00:00', 'now'));
INSERT INTO role_grants (account_id, role, place_id, valid_from)
  VALUES (last_insert_rowid(), 'municipal_staff', (SELECT id FROM places WHERE code = 'GEN-C00-M0001'),
          strftime('%Y-%m-%dT%H:%M:%S.000000000+00:00', 'now', '-1 day'));
INSERT INTO sessions (token_hash, account_id, stage, created_at, last_seen_at, expires_at)
  VALUES ('$hash', (SELECT id FROM accounts WHERE email = 'bench@example.org'), 'full',
          strftime('%Y-%m-%dT%H:%M:%S.000000000+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%S.000000000+00:00', 'now'),
          strftime('%Y-%m-%dT%H:%M:%S.000000000+00:00', 'now', '+1 day'));
SQL
cookie="mozaik_session=$token; mozaik_csrf=bench"
# Read whole before looking: grep -q stopping early would fail curl's write.
signed_page=$(curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$port$page")
grep -q "Sign out\|logout" <<<"$signed_page" || { echo "the bench session is not signed in"; exit 1; }

echo 0 > "$work/peak"
# Runs wrk against a URL; prints requests/s; keeps the server's peak memory
# in a file (the function runs in a subshell).
load() {
  local label="$1" url="$2"; shift 2
  wrk -t2 -c64 -d"${duration}s" --latency "$@" "$url" > "$work/wrk-$label.txt" &
  local wrk_pid=$!
  local peak
  peak=$(cat "$work/peak")
  while kill -0 "$wrk_pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.5
  done
  [ "$label" = nginx ] || echo "$peak" > "$work/peak"
  wait "$wrk_pid"
  grep -E "Non-2xx|Socket errors" "$work/wrk-$label.txt" | sed "s/^/$label: /" >&2 || true
  local p50 p99
  p50=$(awk '/Latency Distribution/ {s=1; next} s && $1 == "50%" {print $2}' "$work/wrk-$label.txt")
  p99=$(awk '/Latency Distribution/ {s=1; next} s && $1 == "99%" {print $2}' "$work/wrk-$label.txt")
  echo "$label: $(awk '/Requests\/sec/ {print $2}' "$work/wrk-$label.txt") requests/s, p50 $p50, p99 $p99" >&2
  awk '/Requests\/sec/ {print $2}' "$work/wrk-$label.txt"
}

anonymous=$(load anonymous "http://127.0.0.1:$port$page")
signed_in=$(load signed-in "http://127.0.0.1:$port$page" -H "Cookie: $cookie")
echo "peak resident memory under load: $(( $(cat "$work/peak") / 1024 )) MB (budget 80 MB)"
echo "signed-in / anonymous: $(echo "scale=1; 100 * $signed_in / $anonymous" | bc -l)% (floor 60%)"

if command -v nginx >/dev/null 2>&1; then
  mkdir -p "$work/www" "$work/nginx"
  curl -fs -o "$work/www/page.html" "http://127.0.0.1:$port$page"
  # nginx's workers run as another user: let them read the page.
  chmod a+rx "$work" "$work/www" && chmod a+r "$work/www/page.html"
  cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx; proxy_temp_path $work/nginx; fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx; scgi_temp_path $work/nginx;
  server { listen 127.0.0.1:18081; root $work/www; location / { default_type text/html; try_files /page.html =404; } }
}
NGINX
  nginx -c "$work/nginx/nginx.conf"
  nginx_rate=$(load nginx "http://127.0.0.1:18081$page")
  nginx -c "$work/nginx/nginx.conf" -s stop || true
  echo "anonymous / nginx with the same bytes: $(echo "scale=1; 100 * $anonymous / $nginx_rate" | bc -l)% (floor 25%)"
else
  echo "nginx is not installed: the anonymous / nginx ratio is not measured (apt-get install nginx-light)"
fi
