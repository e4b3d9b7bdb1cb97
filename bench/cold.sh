#!/usr/bin/env bash
# Uncached pages on a large store: every request renders (KIOSQUE_CACHE_MB=0), one connection,
# so p99 is the rendering time, not queueing.
#
#   bench/cold.sh DATA_DIR [DURATION_SECONDS] [CONNECTIONS]
#
# DATA_DIR is an imported site, e.g. 100,000 articles:
#   python3 ../shared/tools/expand-corpus.py --articles 100000 > bench/out/corpus-100k.jsonl
#   java -jar target/kiosque.jar import --data bench/out/data-100k bench/out/corpus-100k.jsonl
# With ROTATION_IDS=FILE (article ids, one a line), only those articles are in the rotation.
# Starts target/kiosque.jar with the shipped JVM settings (deploy/jvm.options, then KIOSQUE_JAVA_OPTS), finds addresses through the sitemaps, warms up, then
# runs wrk on each page in turn. Prints a Markdown table; the start-up time to the first page too.
# KIOSQUE_JAR=FILE serves another build (e.g. one of main kept for a before/after run), PORT another port;
# SKIP_ARTICLES=1 leaves the article rotation out (a fresh import has no stored related lists yet);
# ONLY_ARTICLES=1 runs the article rotation alone (quicker, to study that page); WINDOWS=N measures
# it N times in a row in the same JVM (a row each, then their median, mean, lowest and highest);
# WARMUP=SECONDS
# the article rotation's warm-up, 120 by default: after 15 s of it the JIT still spent 7.7 s of
# compiler time in the next 20 s (446 C2 compilations, the page's largest methods among them), a
# third of a core taken from the 2 the server and wrk share; after 120 s it spends half as much.
# The CPU column is the CPU time the request threads spent per request (not GC, not background).
#
# DB=pg serves the same site from PostgreSQL (bench/pg.sh): a throw-away cluster is started, the H2
# database of DATA_DIR is copied into it with `kiosque migrate-db` (timed), the server runs with
# KIOSQUE_DB_URL on a copy of the data directory (its search index), and one more column gives the
# CPU time of the PostgreSQL processes per request (the database's share, which H2 spends inside the
# request threads). ARTICLES=FILE uses that list of article addresses as the rotation (e.g. the one
# an H2 run wrote), so both databases serve the very same pages; bench/cold-both.sh does both.
# With PG_STATEMENTS=1 as well, each page's statements per request (pg_stat_statements, reset
# before each page) go to bench/out/cold-statements-N.md, N the row's number, 1 the article page.
# PG_ROUNDTRIPS=1 (with DB=pg) counts the round trips a page makes: strace on every backend counts
# the reads of the socket that brought data (one per message batch the driver sends and ends with
# Sync), printed per request on standard error; strace slows the run: not for the CPU figures.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=$1
duration=${2:-10}
connections=${3:-1}
port=${PORT:-18093}
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
base="http://localhost:$port"
db=${DB:-h2}
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$out/kiosque-cold.jar"

server=
cleanup() {
  [ -z "$server" ] || { kill $server 2>/dev/null; wait $server 2>/dev/null; } || true
  [ "$db" != pg ] || pg_stop
}
trap cleanup EXIT
if [ "$db" = pg ]; then
  . bench/pg.sh
  pg_start
  pg_site "$out/kiosque-cold.jar" "$data" kiosque_cold
  data=$PG_SITE_DATA
fi

started=$(date +%s%N)
KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-cold.jar" serve --data "$data" \
  --port "$port" > "$out/cold-server.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "$base/"; do
  kill -0 $server 2>/dev/null || { tail -5 "$out/cold-server.log" >&2; exit 1; }
  sleep 0.05
done
echo "Start-up to the first page: $(( ($(date +%s%N) - started) / 1000000 )) ms" >&2

# Addresses: a few monthly sitemaps spread over the years, 2,000 articles in rotation.
curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*articles-[^<]*</loc>' | sed 's/<[^>]*>//g; s|^https\?://[^/]*||' \
  > "$out/cold-months.txt"
months=$(wc -l < "$out/cold-months.txt")
step=$(( months / 8 + 1 ))
[ -z "${ROTATION_IDS:-}" ] || step=1
awk -v step="$step" 'NR % step == 1 || step == 1' "$out/cold-months.txt" | while read -r month; do
  curl -s "$base$month" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^https\?://[^/]*||'
done > "$out/cold-candidates.txt"
if [ -n "${ROTATION_IDS:-}" ]; then
  # Only articles whose related lists are stored (ids one a line), e.g. those bench-related computed.
  awk -F- 'NR == FNR { keep[$1] = 1; next } keep[$NF]' "$ROTATION_IDS" "$out/cold-candidates.txt" \
    > "$out/cold-kept.txt"
  mv "$out/cold-kept.txt" "$out/cold-candidates.txt"
fi
if [ -n "${ARTICLES:-}" ]; then
  [ "$ARTICLES" -ef "$out/cold-articles.txt" ] || cp "$ARTICLES" "$out/cold-articles.txt"
else
  shuf -n 2000 --random-source=<(yes) "$out/cold-candidates.txt" > "$out/cold-articles.txt"
fi
article=$(head -1 "$out/cold-articles.txt")
month=$(awk -v n="$months" 'NR == int(n / 2)' "$out/cold-months.txt")
archive=$(sed 's|.*/articles-\([0-9]*\)-\([0-9]*\)\.xml|/\1/\2/|' <<< "$month")
page=$(curl -s "$base$article")
section=$(grep -o 'href="/rubrique/[^"]*"' <<< "$page" | head -1 | sed 's/href="//; s/"$//')
topic=$(grep -o 'href="/sujet/[^"]*"' <<< "$page" | head -1 | sed 's/href="//; s/"$//')
author=$(grep -o 'href="/auteur/[^"]*"' <<< "$page" | head -1 | sed 's/href="//; s/"$//')

write_rotation "$out/cold-rotation.lua" "$out/cold-articles.txt"

[ -n "${SKIP_ARTICLES:-}" ] || wrk -t1 -c4 -d"${WARMUP:-120}s" -s "$out/cold-rotation.lua" "$base/" > /dev/null
[ -n "${ONLY_ARTICLES:-}" ] || for p in / "$section" "$topic" "$author" "$archive" /rss.xml /sitemap.xml /sitemaps/sujets.xml; do
  wrk -t1 -c2 -d3s "$base$p" > /dev/null
done

# CPU time of the request threads (Jetty's qtp pool: user + system clock ticks from /proc): on a
# shared, loaded machine the CPU a request costs moves far less than its latency, and background
# threads (the related lists' sweep, the change feed) are left out. Garbage collection is too.
threads_ticks() { jvm_threads_ticks "$server" "$1"; }
threads_ms_since() { jvm_threads_ms_since "$server" "$1" "$2"; }

# The related lists' background worker may have work queued: a node whose change follower is
# behind the log refreshes what changed since (a site just imported and computed by `kiosque
# related` has its follower at the start of the log: the first start recomputes every list once,
# about 10 a second here). On H2 that costs other threads than the requests'; on PostgreSQL its
# queries would land in the postgres column, as if the pages had cost them. Wait (QUIET_WAIT
# seconds at most, 900 by default) until the worker has used no CPU for 3 seconds.
wait_refresh_idle "$server" "${QUIET_WAIT:-900}"
echo "Load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

if [ "$db" = pg ]; then
  echo "| page (uncached, PostgreSQL) | connections | requests/s | p50 | p99 | max | CPU ms/request | postgres CPU ms/request |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
else
  echo "| page (uncached) | connections | requests/s | p50 | p99 | max | CPU ms/request |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
fi
rows_run=0
run() {
  local label=$1; shift
  local result rps p50 p99 max errors before requests cpu db_before=0 db_cpu= other_before
  rows_run=$((rows_run + 1))
  [ "$db" != pg ] || [ -z "${PG_STATEMENTS:-}" ] || pg_statements_reset kiosque_cold
  before=$(threads_ticks qtp)
  other_before=$(threads_ticks other)
  [ "$db" != pg ] || db_before=$(pg_cpu_ms)
  local tracer=
  if [ "$db" = pg ] && [ -n "${PG_ROUNDTRIPS:-}" ]; then
    # Every backend the pool opened (and the cluster's other processes, which read no socket).
    strace -c -e trace=recvfrom -o "$out/cold-recvfrom-$rows_run.txt" \
      $(sed 's/\([0-9][0-9]*\)/-p \1/g' "/proc/$(pg_pid)/task/$(pg_pid)/children") 2> /dev/null &
    tracer=$!
    sleep 2
  fi
  result=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "$@")
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  if [ -n "$tracer" ]; then
    kill -INT "$tracer"; wait "$tracer" || true
    # strace -c: calls, then errors (EAGAIN: nothing had come yet); the rest brought a batch.
    awk -v n="$requests" -v l="$label" '$NF == "recvfrom" {calls = $4; errors = (NF == 6) ? $5 : 0}
      END {printf "%s: %.2f round trips a request (socket reads with data, strace)\n", l, (calls - errors) / (n > 0 ? n : 1)}' \
      "$out/cold-recvfrom-$rows_run.txt" >&2
  fi
  cpu=$(awk -v ms="$(threads_ms_since qtp "$before")" -v n="$requests" 'BEGIN {printf "%.2f", ms / (n > 0 ? n : 1)}')
  # Not in the table: what the JVM's other threads (GC, JIT, background work) spent meanwhile.
  awk -v ms="$(threads_ms_since other "$other_before")" -v n="$requests" -v l="$label" \
    'BEGIN {printf "%s: other JVM threads %.2f ms/request\n", l, ms / (n > 0 ? n : 1)}' >&2
  [ "$db" != pg ] || db_cpu=" $(awk -v a="$db_before" -v b="$(pg_cpu_ms)" -v n="$requests" 'BEGIN {printf "%.2f", (b - a) / (n > 0 ? n : 1)}') |"
  [ "$db" != pg ] || [ -z "${PG_STATEMENTS:-}" ] \
    || { echo "$label: $requests requests"; echo; pg_statements kiosque_cold "$requests"; } > "$out/cold-statements-$rows_run.md"
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  max=$(awk '$1 == "Latency" {print $4}' <<< "$result")
  errors=$(grep -E "Non-2xx|Socket errors" <<< "$result" | tr -s ' ' || true)
  echo "| $label | $connections | $rps | $p50 | $p99 | $max | $cpu |$db_cpu${errors:+ $errors}"
}
if [ -z "${SKIP_ARTICLES:-}" ]; then
  label="article ($(wc -l < "$out/cold-articles.txt") in rotation)"
  windows=${WINDOWS:-1}
  if [ "$windows" = 1 ]; then
    run "$label" -s "$out/cold-rotation.lua" "$base/"
  else
    : > "$out/cold-windows.md"
    for w in $(seq 1 "$windows"); do
      run "$label, window $w of $windows" -s "$out/cold-rotation.lua" "$base/" | tee -a "$out/cold-windows.md"
    done
    # The windows' spread: this machine's speed moves by a fifth over tens of seconds, in one JVM
    # (docs/benchmarks.md, "Session 16"), so one window is a sample of the machine as much as of the code.
    awk -F'|' '{ gsub(/ /, "", $4); gsub(/ /, "", $8); print $4, $8 }' "$out/cold-windows.md" | sort -n | awk -v l="$label" '
      { rps[NR] = $1; cpu[NR] = $2; sum += $1; csum += $2 }
      END { printf "| %s, %d windows: median / mean / lowest / highest | 1 | %s / %.0f / %s / %s | | | | %.2f (mean) |\n",
              l, NR, rps[int((NR + 1) / 2)], sum / NR, rps[1], rps[NR], csum / NR }'
  fi
fi
[ -z "${ONLY_ARTICLES:-}" ] || exit 0
run "home /" "$base/"
run "section $section" "$base$section"
run "section $section?page=50" "$base$section?page=50"
run "topic $topic" "$base$topic"
run "author $author" "$base$author"
run "archive $archive" "$base$archive"
run "RSS /rss.xml" "$base/rss.xml"
run "section Atom" "$base$section/atom.xml"
run "topic RSS" "$base$topic/rss.xml"
run "sitemap index /sitemap.xml" "$base/sitemap.xml"
run "monthly sitemap $month" "$base$month"
run "news sitemap" "$base/sitemaps/news.xml"
run "sections sitemap" "$base/sitemaps/rubriques.xml"
run "topics sitemap" "$base/sitemaps/sujets.xml"
run "authors sitemap" "$base/sitemaps/auteurs.xml"
