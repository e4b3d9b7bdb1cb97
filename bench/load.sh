#!/usr/bin/env bash
# Memory under load: a large store served with -Xmx512m and the default page cache, 32
# connections for DURATION seconds over a mix of article pages (2,000 in rotation), listings,
# feeds and sitemaps; then wrk's errors, the heap after the run, GC pauses and any OutOfMemoryError.
#
#   bench/load.sh DATA_DIR [DURATION_SECONDS] [CONNECTIONS]
#
# Uses the article list bench/cold.sh wrote (bench/out/cold-articles.txt): run that first.
# DB=pg serves the same site from PostgreSQL (bench/pg.sh): a throw-away cluster, the H2 database
# of DATA_DIR copied into it with `kiosque migrate-db` (timed), the server on KIOSQUE_DB_URL; the
# PostgreSQL processes' CPU time over the run is printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=$1
duration=${2:-60}
connections=${3:-32}
port=18094
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
base="http://localhost:$port"
[ -s "$out/cold-articles.txt" ] || { echo "run bench/cold.sh first (it lists the articles)" >&2; exit 2; }
db=${DB:-h2}
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$out/kiosque-load.jar"

server=
cleanup() {
  [ -z "$server" ] || { kill $server 2>/dev/null; wait $server 2>/dev/null; } || true
  [ "$db" != pg ] || pg_stop
}
trap cleanup EXIT
if [ "$db" = pg ]; then
  . bench/pg.sh
  pg_start
  pg_site "$out/kiosque-load.jar" "$data" kiosque_load
  data=$PG_SITE_DATA
fi

"$java" -Xmx512m -Xlog:gc:file="$out/load-gc.log" ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-load.jar" serve \
  --data "$data" --port "$port" > "$out/load-server.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "$base/"; do
  kill -0 $server 2>/dev/null || { tail -5 "$out/load-server.log" >&2; exit 1; }
  sleep 0.1
done

# Section, topic and author pages: those the home page links to (none since its redesign) and
# those of the first article of the rotation.
home=$(curl -s "$base/"; curl -s "$base$(head -1 "$out/cold-articles.txt")")
{
  cat "$out/cold-articles.txt"
  { grep -o 'href="/\(rubrique\|sujet\|auteur\)/[^"?]*"' <<< "$home" || true; } | sed 's/href="//; s/"$//' | sort -u \
    | while read -r p; do echo "$p"; echo "$p?page=2"; echo "$p/rss.xml"; done
  for i in $(seq 1 20); do echo /; echo /rss.xml; echo "/?page=$i"; done
  echo /sitemap.xml; echo /sitemaps/rubriques.xml; echo /sitemaps/news.xml
} | shuf --random-source=<(yes) > "$out/load-paths.txt"
write_rotation "$out/load.lua" "$out/load-paths.txt"
echo "$(wc -l < "$out/load-paths.txt") addresses, $connections connections, ${duration} s, -Xmx512m, database $db" >&2
[ "$db" != pg ] || db_before=$(pg_cpu_ms)
wrk -t1 -c"$connections" -d"${duration}s" --timeout 10s --latency -s "$out/load.lua" "$base/" > "$out/load-wrk.txt"
grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in" "$out/load-wrk.txt"
if [ "$db" = pg ]; then
  awk -v a="$db_before" -v b="$(pg_cpu_ms)" -v n="$(awk '/requests in/ {print $1}' "$out/load-wrk.txt")" \
    'BEGIN {printf "PostgreSQL processes: %.1f s of CPU, %.3f ms per request\n", (b - a) / 1000, (b - a) / (n > 0 ? n : 1)}'
fi
jcmd $server GC.heap_info | grep -E "garbage-first heap|region size|Metaspace" || true
echo "GC pauses: $(grep -c 'Pause' "$out/load-gc.log"), longest $(grep Pause "$out/load-gc.log" | grep -o '[0-9.]*ms$' | sort -n | tail -1)"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$out/load-server.log" || true)"
echo "Errors logged: $(grep -c ' ERROR ' "$out/load-server.log" || true)"
