#!/usr/bin/env bash
# The uncached article page on H2 and on PostgreSQL, both nodes up at once and measured in
# alternating windows (H2, PostgreSQL, H2, ...), one connection, the same 2,000 articles in
# rotation. This machine's CPU runs 10 to 25 % slower for tens of seconds at a time
# (docs/benchmarks.md, "the two speeds of the article page are the machine's"): two runs one after
# the other can compare a fast stretch with a slow one; alternating 10-second windows spreads the
# slow stretches over both databases, and each pair of windows is compared on its own.
#
#   bench/article-both.sh DATA_DIR [WINDOWS] [WINDOW_SECONDS]
#
# DATA_DIR as bench/cold.sh's (an imported site, every related list stored); WINDOWS pairs (12 by
# default) of WINDOW_SECONDS (10). ARTICLES=FILE is the rotation (article addresses, one a line;
# default bench/out/cold-articles.txt, which bench/cold.sh writes). KIOSQUE_JAR another build;
# WARMUP seconds of the rotation on each node before the windows (120, as bench/cold.sh). The
# PostgreSQL node is a copy made with `kiosque migrate-db` in a throw-away cluster (bench/pg.sh).
#
# Prints a row per window (pages a second, p99, the request threads' CPU a page and, for PostgreSQL,
# its processes' CPU a page), then for each database the median, mean, lowest and highest, and
# PostgreSQL's CPU a page over H2's: the ratio of the means and the median of the pairs' ratios
# (issue 15's target: 1.5 or less).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
. bench/pg.sh
data=$1
windows=${2:-12}
seconds=${3:-10}
out=bench/out
articles=${ARTICLES:-$out/cold-articles.txt}
[ -s "$articles" ] || { echo "No rotation: $articles is missing (ARTICLES=FILE, or run bench/cold.sh first)" >&2; exit 2; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$out/kiosque-both.jar
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$jar"
h2_port=18191
pg_port=18192
h2= pg=
cleanup() {
  for p in $h2 $pg; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null || true; done
  pg_stop_quietly
}
trap cleanup EXIT

# node NAME PORT DATA: starts a node, uncached, with the shipped JVM settings; its pid in $node_pid.
node() {
  KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options ${KIOSQUE_JAVA_OPTS:-} -jar "$jar" serve --data "$3" \
    --port "$2" > "$out/both-$1.log" 2>&1 &
  node_pid=$!
}
node h2 "$h2_port" "$data"
h2=$node_pid
pg_start
pg_site "$jar" "$data" kiosque_cold # the same copy as bench/cold.sh DB=pg (PG_KEEP reuses it); exports the PostgreSQL settings for the node started next
node pg "$pg_port" "$PG_SITE_DATA"
pg=$node_pid
wait_for "http://localhost:$h2_port/" 120
wait_for "http://localhost:$pg_port/" 120

write_rotation "$out/both-rotation.lua" "$articles"
for port in "$h2_port" "$pg_port"; do
  wrk -t1 -c4 -d"${WARMUP:-120}s" -s "$out/both-rotation.lua" "http://localhost:$port/" > /dev/null
done
wait_refresh_idle "$h2"
wait_refresh_idle "$pg"
echo "Load average before the windows: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

results=$out/both-windows.txt
: > "$results"
# window DB PID PORT N: one window on one node; appends "db|n|pages/s|p99|JVM ms a page|postgres ms a page".
window() {
  local db=$1 pid=$2 port=$3 n=$4 before pg_before result requests rps p99 jvm_ms pg_ms
  before=$(jvm_threads_ticks "$pid" qtp)
  pg_before=$(pg_cpu_ms)
  result=$(wrk -t1 -c1 -d"${seconds}s" --latency -s "$out/both-rotation.lua" "http://localhost:$port/")
  pg_ms=$(awk -v a="$pg_before" -v b="$(pg_cpu_ms)" 'BEGIN {print b - a}')
  jvm_ms=$(jvm_threads_ms_since "$pid" qtp "$before")
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  awk -v d="$db" -v n="$n" -v r="$rps" -v p="$p99" -v j="$jvm_ms" -v g="$pg_ms" -v q="$requests" \
    'BEGIN {printf "%s|%d|%.0f|%s|%.3f|%.3f\n", d, n, r, p, j / q, g / q}' >> "$results"
  tail -1 "$results" >&2
}
for n in $(seq 1 "$windows"); do
  window H2 "$h2" "$h2_port" "$n"
  window PostgreSQL "$pg" "$pg_port" "$n"
done

echo "$(wc -l < "$articles") articles in rotation, $windows windows of $seconds s on each database, alternated; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
python3 - "$results" <<'PY'
import sys, statistics
rows = [line.strip().split('|') for line in open(sys.argv[1])]
by = {}
for db, n, rps, p99, jvm, pg in rows:
    by.setdefault(db, []).append((int(n), float(rps), p99, float(jvm), float(pg)))
print("| window | H2 pages/s | p99 | CPU ms a page | PostgreSQL pages/s | p99 | JVM + postgres CPU ms a page | PostgreSQL ÷ H2 (CPU) |")
print("| --- | --- | --- | --- | --- | --- | --- | --- |")
ratios = []
for h, p in zip(by["H2"], by["PostgreSQL"]):
    ratio = (p[3] + p[4]) / h[3]
    ratios.append(ratio)
    print(f"| {h[0]} | {h[1]:,.0f} | {h[2]} | {h[3]:.3f} | {p[1]:,.0f} | {p[2]} | {p[3]:.3f} + {p[4]:.3f} | {ratio:.2f} |")
print()
print("| database | pages/s: median / mean / lowest / highest | CPU ms a page (mean) |")
print("| --- | --- | --- |")
for db, values in by.items():
    rps = sorted(v[1] for v in values)
    cpu = statistics.mean(v[3] + v[4] for v in values)
    parts = f"{statistics.mean(v[3] for v in values):.3f} + {statistics.mean(v[4] for v in values):.3f} = {cpu:.3f}" \
        if db == "PostgreSQL" else f"{cpu:.3f}"
    print(f"| {db} | {statistics.median(rps):,.0f} / {statistics.mean(rps):,.0f} / {rps[0]:,.0f} / {rps[-1]:,.0f} | {parts} |")
h2 = statistics.mean(v[3] for v in by["H2"])
pg = statistics.mean(v[3] + v[4] for v in by["PostgreSQL"])
print()
print(f"PostgreSQL's CPU a page over H2's: {pg / h2:.2f} (means), {statistics.median(ratios):.2f} (median of the "
      f"{len(ratios)} pairs, {min(ratios):.2f} to {max(ratios):.2f}); target 1.5 or less: "
      f"{'met' if pg / h2 <= 1.5 else 'not met'}.")
PY
