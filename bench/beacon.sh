#!/usr/bin/env bash
# "Les plus lus": the view beacon's throughput, and the cached article page with counting on and
# off side by side, measured alternately in one run.
#
#   bench/beacon.sh [DURATION_SECONDS] [ROUNDS] [CONNECTIONS]
#
# Defaults: 10 s per run, 3 rounds, 32 connections. Needs wrk (apt-get install wrk) and
# target/kiosque.jar (mvn -B -q package -DskipTests). Two servers of the demo site from the same
# jar: one counting (its per-address cap raised, since every request comes from 127.0.0.1 and the
# cap would otherwise turn all but 120 beacons a minute away before they are counted), one with
# KIOSQUE_MOST_READ=false. Prints every run, then the medians as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."


duration="${1:-10}"
rounds="${2:-3}"
c="${3:-32}"
on_port=18190
off_port=18191
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
agent="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/kiosque.jar ] || mvn -B -q package -DskipTests
mkdir -p "$out"
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$out/kiosque-beacon.jar"

KIOSQUE_MOST_READ_PER_ADDRESS=1000000 "$java" -Xmx512m ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-beacon.jar" \
  serve --data "$out/beacon-on" --port "$on_port" --demo > "$out/beacon-on.log" 2>&1 &
on=$!
KIOSQUE_MOST_READ=false "$java" -Xmx512m ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-beacon.jar" \
  serve --data "$out/beacon-off" --port "$off_port" --demo > "$out/beacon-off.log" 2>&1 &
off=$!
trap 'kill $on $off 2>/dev/null || true' EXIT
for port in $on_port $off_port; do
  for _ in $(seq 1 300); do curl -sf -o /dev/null "http://localhost:$port/" && break; sleep 0.2; done
done

article=$(curl -s "http://localhost:$on_port/" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"]*"' | head -1 \
  | sed 's/href="//; s/"$//')
id=${article##*-}
beacon_status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -A "$agent" "http://localhost:$on_port/v/$id")
echo "Article $article (id $id); POST /v/$id answers $beacon_status" >&2

lua="$out/beacon.lua"
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["User-Agent"] = "$agent"
LUA

# Warm both JITs on what is measured.
wrk -t1 -c"$c" -d5s -s "$lua" "http://localhost:$on_port/v/$id" > /dev/null
wrk -t1 -c"$c" -d5s "http://localhost:$on_port$article" > /dev/null
wrk -t1 -c"$c" -d5s "http://localhost:$off_port$article" > /dev/null

results="$out/beacon-results.txt"
: > "$results"
run() {
  local label=$1; shift
  local result rps p50 p99 errors
  result=$(wrk -t1 -c"$c" -d"${duration}s" --latency "$@")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  errors=$(awk '/Non-2xx|Socket errors/' <<< "$result")
  echo "$label|$c|$rps|$p50|$p99" >> "$results"
  echo "$label c=$c: $rps req/s, p50 $p50, p99 $p99 $errors" >&2
}
for round in $(seq 1 "$rounds"); do
  run "beacon POST /v/ID (counting)" -s "$lua" "http://localhost:$on_port/v/$id"
  run "cached article page, counting on" "http://localhost:$on_port$article"
  run "cached article page, counting off" "http://localhost:$off_port$article"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

echo "| what | connections | requests/s (median of $rounds) | p50 | p99 |"
echo "| --- | --- | --- | --- | --- |"
python3 - "$results" <<'PY'
import sys, statistics, collections
runs = collections.OrderedDict()
for line in open(sys.argv[1]):
    label, c, rps, p50, p99 = line.strip().split('|')
    runs.setdefault((label, c), []).append((float(rps), p50, p99))
for (label, c), values in runs.items():
    values.sort()
    rps, p50, p99 = values[len(values) // 2]
    print(f"| {label} | {c} | {statistics.median(v[0] for v in values):,.0f} | {p50} | {p99} |")
PY
