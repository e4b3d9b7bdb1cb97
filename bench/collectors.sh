#!/usr/bin/env bash
# The uncached article rotation under one set of JVM options, with the collector's pauses:
# KIOSQUE_CACHE_MB=0, -Xmx512m, 15 s of warm-up at 4 connections, then 15 s measured at one
# connection with -Xlog:gc; prints requests/s, p50, p99 and the pauses during the measured part,
# the full collections among them apart (they are what a short run misses: a soak is
# MEASURE=600, in seconds, and CONNECTIONS=32 measures at 32 connections).
#
#   bench/collectors.sh DATA_DIR "JVM OPTIONS" LABEL
#   e.g. bench/collectors.sh bench/out/data-final "-XX:+UseParallelGC" parallel
#
# Uses the rotation bench/cold.sh wrote (bench/out/cold-rotation.lua) and its jar copy
# (bench/out/kiosque-cold.jar): run bench/cold.sh first. DB_URL=... serves another JDBC URL (H2 options).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1; opts=$2; label=$3
port=${PORT:-18111}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
log=bench/out/gc-$label.log
KIOSQUE_CACHE_MB=0 KIOSQUE_DB_URL="${DB_URL:-}" "$java" -Xmx512m $opts -Xlog:gc:file="$log" \
  -jar bench/out/kiosque-cold.jar serve --data "$data" --port "$port" > "bench/out/collectors-$label.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/"; do
  kill -0 $server 2>/dev/null || { tail -5 "bench/out/collectors-$label.log" >&2; exit 1; }
  sleep 0.1
done
wrk -t1 -c4 -d15s -s bench/out/cold-rotation.lua "http://localhost:$port/" > /dev/null
before=$(wc -l < "$log")
result=$(wrk -t1 -c"${CONNECTIONS:-1}" -d"${MEASURE:-15}s" --latency -s bench/out/cold-rotation.lua "http://localhost:$port/")
echo "$label: $(echo "$result" | awk '/requests in/{print $1}') requests, $(echo "$result" | awk '/Requests\/sec/{print $2}') req/s, p50 $(echo "$result" | awk '/ 50%/{print $2}'), p99 $(echo "$result" | awk '/ 99%/{print $2}')"
tail -n +$((before + 1)) "$log" | grep 'Pause' | grep -o '[0-9.]*ms$' | sed 's/ms//' | sort -n \
  | awk '{a[NR]=$1; s+=$1} END {printf "  pauses: %d, %.0f ms in all, longest %s ms\n", NR, s, a[NR]}'
tail -n +$((before + 1)) "$log" | grep 'Pause Full' | grep -o '[0-9.]*ms$' | sed 's/ms//' | sort -n \
  | awk '{a[NR]=$1; s+=$1} END {printf "  full collections: %d, %.0f ms in all, longest %s ms\n", NR, s, (NR ? a[NR] : 0)}'
