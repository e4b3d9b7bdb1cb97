#!/usr/bin/env bash
# Search benchmark: corpus of N articles, full reindex through `kiosque reindex`, then p50/p95/p99
# of a fixed mix of queries. Results go to docs/benchmarks.md under "Search" (by hand).
#
#   bench/search.sh [ARTICLES] [WORKDIR]     defaults: 100000 /tmp/kiosque-bench
#
# Needs JAVA_HOME pointing at a JDK 21+ and python3. The first run loads the corpus into the
# database of WORKDIR/data-N through ArticleService (the same path as any import), which takes a
# while; later runs reuse it.
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

mvn -B -q -o package -DskipTests
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

"$JAVA" "${JAVA_OPTS[@]}" -cp "$CP" kiosque.search.SearchBenchmark --data "$DATA" --load "$CORPUS"

echo "== kiosque reindex ($ARTICLES articles)"
/usr/bin/time -f "reindex: %e s wall, %M KB max RSS" \
  "$JAVA" "${JAVA_OPTS[@]}" -jar target/kiosque.jar reindex --data "$DATA"
du -sh "$DATA/index"

echo "== queries"
"$JAVA" "${JAVA_OPTS[@]}" -cp "$CP" kiosque.search.SearchBenchmark --data "$DATA" --rounds "${ROUNDS:-30}"
