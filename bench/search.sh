#!/usr/bin/env bash
# Search benchmark: corpus of N articles, full reindex through `kiosque reindex`, then p50/p95/p99
# of a fixed mix of queries. Results go to docs/benchmarks.md under "Search" (by hand).
#
#   bench/search.sh [ARTICLES] [WORKDIR]     defaults: 100000 /tmp/kiosque-bench
#
# Needs JAVA_HOME pointing at a JDK 21+ and python3. The first run imports the corpus into
# WORKDIR/data-N with `kiosque import` (about a minute and a half for 100,000 articles); later
# runs reuse it. ROUNDS (default 30) sets how many times the query mix runs after warm-up;
# BENCH_ARGS=--no-query-cache measures without Lucene's query cache (the mix repeats each query).
# Other BENCH_ARGS: --per-query (each query's CPU and matches), --only KIND (one kind, to profile it),
# --first-pages FILE (totals, first pages and snippets at a fixed instant: diff two versions' files).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-100000}
WORK=${2:-/tmp/kiosque-bench}
DATA="$WORK/data-$ARTICLES"
CORPUS="$WORK/corpus-$ARTICLES.jsonl"
JAVA=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
JAVA_OPTS=(-Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector
  -Dlogback.configurationFile=bench/logback.xml)

mkdir -p "$WORK"
[ -s "$CORPUS" ] || python3 ../shared/tools/expand-corpus.py --articles "$ARTICLES" > "$CORPUS"

mvn -B -q package -DskipTests
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

if [ ! -d "$DATA" ]; then
  echo "== kiosque import ($ARTICLES articles, once)"
  "$JAVA" "${JAVA_OPTS[@]}" -jar target/kiosque.jar import --data "$DATA" "$CORPUS"
fi

echo "== kiosque reindex ($ARTICLES articles)"
/usr/bin/time -f "reindex: %e s wall, %M KB max RSS" \
  "$JAVA" "${JAVA_OPTS[@]}" -jar target/kiosque.jar reindex --data "$DATA"
du -sh "$DATA/index"

echo "== queries"
"$JAVA" "${JAVA_OPTS[@]}" -cp "$CP" kiosque.search.SearchBenchmark --data "$DATA" --rounds "${ROUNDS:-30}" ${BENCH_ARGS:-}
