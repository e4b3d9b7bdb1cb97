#!/usr/bin/env bash
# Related articles at scale: one article's lists and the page view's read of them, timed on a
# generated corpus, after a full reindex (timed too).
#
#   bench/related.sh [ARTICLES] [SAMPLES]
#
# Defaults: 100,000 articles, 1,000 timed. Generates bench/out/big-ARTICLES.jsonl with
# ../shared/tools/expand-corpus.py (kept: it is reused), imports it into a fresh data directory
# bench/out/related-data, runs `kiosque reindex` and `kiosque bench-related`. Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."

articles="${1:-100000}"
samples="${2:-1000}"
out=bench/out
corpus="$out/big-$articles.jsonl"
data="$out/related-data"
source bin/find-jdk.sh
[ -f target/kiosque.jar ] || mvn -B -q package -DskipTests
mkdir -p "$out"

if [ ! -s "$corpus" ]; then
  echo "Generating $corpus ..." >&2
  python3 ../shared/tools/expand-corpus.py --articles "$articles" > "$corpus"
fi
rm -rf "$data"
echo "Importing $corpus ..." >&2
java -jar target/kiosque.jar import --no-progress --data "$data" "$corpus" >&2
echo "Reindexing ..." >&2
/usr/bin/time -f "reindex: %e s wall, %U s user CPU, max RSS %M KB" java -Xmx1g -jar target/kiosque.jar reindex --data "$data" 2>&1 \
  | grep -v "^Indexing" >&2
echo "Timing $samples articles ..." >&2
java -Xmx1g -jar target/kiosque.jar bench-related --data "$data" --articles "$samples"
