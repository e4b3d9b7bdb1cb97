#!/usr/bin/env bash
# The cost of an index's segments (docs/benchmarks.md, session 11): one jar, one data directory,
# several readers' indexes beside it (DATA/index-LABEL), each made the data's index in turn (a link)
# and measured: `bench-related --engine-only` (CPU of the computing thread) and SearchBenchmark.
#
#   bench/segments.sh JAR DATA LABEL...      e.g. bench/segments.sh main.jar /work/seg/d 1seg main kiosque kiosque main 1seg
#
# Give the labels in an alternated order (A B B A). The jar's own classes run SearchBenchmark from
# this worktree's target/test-classes (the benchmark's class, not the search code, comes from there).
# WHAT=related or WHAT=search runs one of the two; ARTICLES (default 1000) lists timed.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$1; data=$2; shift 2
source bin/find-jdk.sh
opts=(-Xmx1g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector -Dlogback.configurationFile=bench/logback.xml)
for label in "$@"; do
  [ -d "$data/index-$label" ] || { echo "no $data/index-$label" >&2; exit 2; }
  rm -f "$data/index"; ln -s "index-$label" "$data/index"
  if [ "${WHAT:-both}" != search ]; then
    echo "== related $label $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
    java "${opts[@]}" -jar "$jar" bench-related --engine-only --data "$data" --articles "${ARTICLES:-1000}" 2>/dev/null \
      | grep -E "CPU|Mean"
  fi
  if [ "${WHAT:-both}" != related ]; then
    echo "== search $label $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
    java "${opts[@]}" -cp "target/test-classes:$jar" kiosque.search.SearchBenchmark --data "$data" --rounds "${ROUNDS:-20}" 2>/dev/null \
      | grep -E "all searches"
  fi
  echo "   end $(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
done
rm -f "$data/index"
