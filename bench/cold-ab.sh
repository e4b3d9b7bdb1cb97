#!/usr/bin/env bash
# Alternated runs of the uncached article rotation (bench/cold.sh, ONLY_ARTICLES, one connection),
# for before/after comparisons on a busy machine: give the runs in the order to make them, A B B A
# at least, and compare the CPU columns (wall-clock figures move with the load, printed per run).
#
#   bench/cold-ab.sh LABEL=JAR:DATA_DIR[:JAVA_OPTS] ...
#   e.g. bench/cold-ab.sh lzf=main.jar:data-lzf raw=main.jar:data-raw raw=main.jar:data-raw lzf=main.jar:data-lzf
#
# JAVA_OPTS (optional, may hold colons) go after the shipped ones, e.g.
# "-Dkiosque.db.url=jdbc:h2:file:DIR/kiosque;MODE=PostgreSQL;...;CACHE_SIZE=32768". Every run serves
# the same 2,000 addresses: ARTICLES=FILE, or the rotation the first run drew (bench/out/cold-articles.txt).
# Environment as cold.sh's: WARMUP (30 here), DURATION (10), PORT; JAVA_HOME (source bin/find-jdk.sh first).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out
mkdir -p "$out"
articles=${ARTICLES:-}
echo "| run | load before | requests/s | p50 | p99 | request threads' CPU ms a page | other threads' |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for spec in "$@"; do
  label=${spec%%=*}
  rest=${spec#*=}
  jar=${rest%%:*}
  rest=${rest#*:}
  data=${rest%%:*}
  opts=
  [ "$data" = "$rest" ] || opts=${rest#*:}
  load=$(cut -d' ' -f1 /proc/loadavg)
  result=$(env KIOSQUE_JAR="$jar" KIOSQUE_JAVA_OPTS="--add-modules=jdk.incubator.vector -XX:+ExitOnOutOfMemoryError $opts" \
    ${articles:+ARTICLES=$articles} WARMUP="${WARMUP:-30}" ONLY_ARTICLES=1 bench/cold.sh "$data" "${DURATION:-10}" 1 2>&1) \
    || { echo "$label: bench/cold.sh failed" >&2; tail -5 <<< "$result" >&2; exit 1; }
  [ -n "$articles" ] || { cp "$out/cold-articles.txt" "$out/cold-ab-articles.txt"; articles=$out/cold-ab-articles.txt; }
  other=$(sed -n 's/.*other JVM threads \([0-9.]*\) ms.*/\1/p' <<< "$result")
  awk -F'|' -v l="$label" -v load="$load" -v other="$other" '/^\| article/ {
    gsub(/ /, "", $4); gsub(/ /, "", $5); gsub(/ /, "", $6); gsub(/ /, "", $8)
    printf "| %s | %s | %s | %s | %s | %s | %s |\n", l, load, $4, $5, $6, $8, other }' <<< "$result"
done
