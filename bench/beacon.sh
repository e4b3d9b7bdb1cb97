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
source bench/lib.sh

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
for round in $(seq 1 "$rounds"); do
  wrk_run "$results" "beacon POST /v/ID (counting)" "$c" "$duration" -s "$lua" "http://localhost:$on_port/v/$id"
  wrk_run "$results" "cached article page, counting on" "$c" "$duration" "http://localhost:$on_port$article"
  wrk_run "$results" "cached article page, counting off" "$c" "$duration" "http://localhost:$off_port$article"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

median_table "$results" "$rounds"
