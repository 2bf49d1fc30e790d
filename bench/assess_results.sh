#!/usr/bin/env bash
# Assessment results benchmark (issue: assessments budget).
#   - generates 2,000 municipalities and 11 rounds of a 60-question instrument
#     (1,320,000 answers) with `mozaik generate`;
#   - times the regional results page of the newest round (server round trip on loopback);
#   - reports, as the floor, sqlite3's own GROUP BY over the same round's answers.
#   - imports 120,000 answers from CSV (2,000 municipalities × 60 questions, all required) with
#     `mozaik import answers`, which prints its own time.
# Usage: bench/assess_results.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/mozaik"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

"$bin" init --database "$db" >/dev/null
"$bin" generate --database "$db" --municipalities 2000 --institutions 1 --people 1 --rounds 11 --questions 60
answers=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM answers")
round=$(sqlite3 "$work/bench.db" "SELECT MAX(id) FROM rounds")
echo "answers in the database: $answers; timing round $round"

port=18090
"$bin" serve --database "$db" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.05; done
curl -fs -o /dev/null "http://127.0.0.1:$port/assess/rounds/$round/results"
total=0
runs=10
for _ in $(seq 1 $runs); do
  t=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/assess/rounds/$round/results")
  total=$(echo "$total + $t" | bc -l)
done
echo "regional results page, mean of $runs: $(echo "scale=1; $total * 1000 / $runs" | bc -l) ms (budget 50 ms)"
size=$(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/assess/rounds/$round/results")
gzipped=$(curl -fs --compressed -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/assess/rounds/$round/results")
echo "results page size: $size bytes ($gzipped bytes transferred with gzip)"

floor=$(sqlite3 "$work/bench.db" <<SQL 2>&1 | grep -E "^Run Time" | tail -1
.timer on
SELECT q.name, a.value, COUNT(*) FROM answers a JOIN round_places rp ON rp.id = a.round_place_id
JOIN questions q ON q.id = a.question_id WHERE rp.round_id = $round AND rp.status = 'submitted' GROUP BY q.name, a.value;
SQL
)
echo "sqlite3 GROUP BY floor for the same round: $floor"

kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
python3 - "$work" <<'PY'
import random, sqlite3, sys
work = sys.argv[1]
db = sqlite3.connect(f"{work}/bench.db")
round_id = db.execute("SELECT MAX(id) FROM rounds").fetchone()[0]
codes = [r[0] for r in db.execute("SELECT p.code FROM round_places rp JOIN places p ON p.id = rp.place_id WHERE rp.round_id = ? ORDER BY p.code", (round_id,))]
names = [r[0] for r in db.execute("SELECT name FROM questions WHERE instrument_id = (SELECT instrument_id FROM rounds WHERE id = ?) ORDER BY position", (round_id,))]
random.seed(7)
with open(f"{work}/answers.csv", "w") as out:
    out.write("place_code," + ",".join(names) + "\n")
    for code in codes:
        out.write(code + "," + ",".join(random.choice(["yes", "no", "dont_know"]) for _ in names) + "\n")
print(f"answers CSV: {len(codes)} municipalities x {len(names)} questions = {len(codes) * len(names)} answers")
PY
"$bin" import answers --round "$round" "$work/answers.csv" --database "$db" 2>&1 | grep -v INFO
