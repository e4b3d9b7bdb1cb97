#!/usr/bin/env bash
# Reader page throughput and latency with wrk, on a store filled from a JSON Lines corpus.
#
#   bench/pages.sh [CORPUS.jsonl[.gz]] [DURATION_SECONDS] [CONNECTIONS...]
#
# Defaults: the Wikinews corpus from ../shared/data, 20 s per run, 1 and 32 connections.
# Builds the jar when missing, imports into a fresh data directory under bench/out/, starts the
# server on port 18090, and measures in one run, side by side: one hot article, 200 articles in
# rotation, the home page, a section page, a topic page. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

corpus="${1:-../shared/data/wikinews-fr/articles.jsonl.gz}"
duration="${2:-20}"
shift $(( $# > 2 ? 2 : $# )) || true
connections=("${@:-1 32}")
[ ${#connections[@]} -eq 1 ] && read -r -a connections <<< "${connections[0]}"
port=18090
out=bench/out
data="$out/pages-data"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$corpus" ] || { echo "corpus $corpus not found" >&2; exit 2; }
[ -f target/kiosque.jar ] || mvn -B -q package -DskipTests
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

rm -rf "$data" && mkdir -p "$data"
echo "Importing $corpus ..." >&2
"$java" -jar target/kiosque.jar import --data "$data" "$corpus" >&2 || true

"$java" -Xmx512m -jar target/kiosque.jar serve --data "$data" --port "$port" > "$out/pages-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://localhost:$port/" && break; sleep 0.2; done

# Article addresses from the home page and the archives: follow each section's listing.
curl -s "http://localhost:$port/" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"]*"' | sed 's/href="//; s/"$//' > "$out/articles.txt"
for s in $(curl -s "http://localhost:$port/" | grep -o 'href="/rubrique/[^"]*"' | sed 's/href="//; s/"$//' | sort -u); do
  for p in 1 2 3 4 5; do
    curl -s "http://localhost:$port$s?page=$p" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"]*"' | sed 's/href="//; s/"$//'
  done
done >> "$out/articles.txt"
sort -u "$out/articles.txt" | head -200 > "$out/rotation.txt"
hot=$(head -1 "$out/rotation.txt")
section=$(curl -s "http://localhost:$port/" | grep -o 'href="/rubrique/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
topic=$(curl -s "http://localhost:$port$hot" | grep -o 'href="/sujet/[^"]*"' | head -1 | sed 's/href="//; s/"$//')

write_rotation "$out/rotation.lua" "$out/rotation.txt"

# Warm up the JIT before measuring.
wrk -t1 -c8 -d5s "http://localhost:$port$hot" > /dev/null
wrk -t1 -c8 -d5s -s "$out/rotation.lua" "http://localhost:$port/" > /dev/null

echo "| page | connections | requests/s | p50 | p99 |"
echo "| --- | --- | --- | --- | --- |"
run() {
  local label=$1 c=$2; shift 2
  local result
  result=$(wrk -t1 -c"$c" -d"${duration}s" --latency "$@")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  echo "| $label | $c | $rps | $p50 | $p99 |"
}
for c in "${connections[@]}"; do
  run "one article" "$c" "http://localhost:$port$hot"
  run "200 articles in rotation" "$c" -s "$out/rotation.lua" "http://localhost:$port/"
  run "home" "$c" "http://localhost:$port/"
  run "section $section" "$c" "http://localhost:$port$section"
  run "topic $topic" "$c" "http://localhost:$port$topic"
done
