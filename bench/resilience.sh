#!/usr/bin/env bash
# Resilience study benchmark (issue: resilience studies budget).
#   - generates a study with 50 neighbourhoods (`mozaik generate --study-neighbourhoods 50`);
#   - writes 100,000 synthetic responses per wave as CSV (BRAVE-14 and local items);
#   - imports each wave with `mozaik import responses`, which prints its own time
#     (read, validate every row, write in one transaction);
#   - enters population margins (sex and neighbourhood) so every index is raked;
#   - times the study page, which computes every index for 50 neighbourhoods and
#     2 waves with 95% intervals, raking and comparisons (server round trip on loopback),
#     and the JSON of the same figures.
# Usage: bench/resilience.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/mozaik"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
db="sqlite://$work/bench.db"

"$bin" init --database "$db" >/dev/null
"$bin" generate --database "$db" --countries 1 --municipalities 10 --institutions 1 --people 1 --study-neighbourhoods 50
study=$(sqlite3 "$work/bench.db" "SELECT MAX(id) FROM studies")

python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
items = [f"brave_{i:02}" for i in range(1, 15)] + ["trust_municipality", "trust_police", "trust_schools",
         "trust_religious", "relations_communities", "aware_prevention_body", "report_hate", "seek_help", "comment"]
options = ["police", "municipality", "school", "religious_leader", "civil_society", "family_friends", "nobody"]
for wave, seed in (("baseline", 1), ("endline", 2)):
    random.seed(seed)
    with open(f"{work}/{wave}.csv", "w") as out:
        out.write("respondent,neighbourhood,sex,age,community," + ",".join(items) + "\n")
        for r in range(100_000):
            n = r % 50 + 1
            cells = [str(random.randint(1, 5)) for _ in range(19)]
            cells += [str(random.randint(0, 1)), random.choice(options), random.choice(options), ""]
            out.write(f"{wave}-{r},Neighbourhood {n:03},{random.choice(['female', 'male'])},{random.randint(18, 90)},"
                      f"{random.choice(['A', 'B', 'C'])}," + ",".join(cells) + "\n")
print("responses CSV: 2 waves x 100,000 rows x 23 items")
PY
"$bin" import responses --study "$study" --wave Baseline "$work/baseline.csv" --database "$db" 2>&1 | grep -v INFO
"$bin" import responses --study "$study" --wave Endline "$work/endline.csv" --database "$db" 2>&1 | grep -v INFO

# Population margins for both waves, so the timed page rakes too.
sqlite3 "$work/bench.db" <<SQL
INSERT INTO study_margins (wave_id, dimension, category, population)
  SELECT w.id, 'sex', s.v, 50000 FROM study_waves w, (SELECT 'female' AS v UNION SELECT 'male') s WHERE w.study_id = $study;
INSERT INTO study_margins (wave_id, dimension, category, population)
  SELECT w.id, 'neighbourhood', p.code, 1000 + (p.id % 7) * 100 FROM study_waves w, places p
  WHERE w.study_id = $study AND p.level = 'neighbourhood';
UPDATE study_margins SET population = population * 100000.0 / (SELECT SUM(population) FROM study_margins m2
  WHERE m2.wave_id = study_margins.wave_id AND m2.dimension = 'neighbourhood') WHERE dimension = 'neighbourhood';
UPDATE studies SET weighting = 'raked' WHERE id = $study;
SQL

port=18091
"$bin" serve --database "$db" --bind "127.0.0.1:$port" >/dev/null 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; do sleep 0.05; done
curl -fs "http://127.0.0.1:$port/studies/$study" | grep -o "weighted by raking" | head -1
for path in "studies/$study" "studies/$study/indices.json"; do
  curl -fs -o /dev/null "http://127.0.0.1:$port/$path"
  total=0
  runs=10
  for _ in $(seq 1 $runs); do
    t=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/$path")
    total=$(echo "$total + $t" | bc -l)
  done
  echo "/$path (200,000 responses, 50 neighbourhoods x 2 waves, raked), mean of $runs: $(echo "scale=1; $total * 1000 / $runs" | bc -l) ms"
  echo "  server timing of one request (reading responses; computing every index): $(curl -fsI "http://127.0.0.1:$port/$path" -X GET | grep -i '^server-timing' | cut -d' ' -f2-)"
done
size=$(curl -fs -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/studies/$study")
gzipped=$(curl -fs --compressed -o /dev/null -w '%{size_download}' "http://127.0.0.1:$port/studies/$study")
echo "study page size: $size bytes ($gzipped bytes transferred with gzip)"
