#!/usr/bin/env bash
# The uncached pages of bench/cold.sh on H2, then on PostgreSQL, in one run, side by side: the
# same data directory, the same 2,000 articles in rotation, the same pages. The PostgreSQL run
# starts a throw-away cluster and copies the site into it with `kiosque migrate-db` (bench/pg.sh).
#
#   bench/cold-both.sh DATA_DIR [DURATION_SECONDS] [CONNECTIONS]
#
# Prints both tables, then the CPU per request compared: on H2 the database works inside the
# request threads, so their CPU time is the whole; on PostgreSQL it is the request threads' time
# plus the PostgreSQL processes' (bench/pg.sh, pg_cpu_ms). Issue 15's target: the uncached article
# page on PostgreSQL within 1.5x of H2's CPU per request. Environment as bench/cold.sh
# (KIOSQUE_JAR, PORT, SKIP_ARTICLES, ONLY_ARTICLES, QUIET_WAIT, KIOSQUE_JAVA_OPTS; PG_PORT,
# PG_SHARED_BUFFERS, PG_STATEMENTS for the cluster).
# The two runs are minutes apart, and this machine's speed drifts by a fifth over tens of seconds:
# for the article page's ratio, bench/article-both.sh measures both in alternating windows.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
duration=${2:-10}
connections=${3:-1}
out=bench/out
mkdir -p "$out"

echo "== H2 ==" >&2
# Each table to its file, the script's messages both to the terminal and to a file (read below).
{ DB=h2 bench/cold.sh "$data" "$duration" "$connections" 2>&1 >&3 | tee "$out/cold-h2.err" >&2; } 3> "$out/cold-h2.md"
cp "$out/cold-articles.txt" "$out/cold-articles-h2.txt"
echo "== PostgreSQL ==" >&2
{ ARTICLES=$out/cold-articles-h2.txt DB=pg bench/cold.sh "$data" "$duration" "$connections" 2>&1 >&3 \
  | tee "$out/cold-pg.err" >&2; } 3> "$out/cold-pg.md"

echo "### H2"; echo; grep -h 'Start-up\|Load average\|refresh idle\|other JVM threads' "$out/cold-h2.err" || true; echo; cat "$out/cold-h2.md"; echo
echo "### PostgreSQL"; echo; grep -h '^PostgreSQL\|^migrate-db\|Start-up\|Load average\|refresh idle\|other JVM threads' "$out/cold-pg.err" || true; echo
cat "$out/cold-pg.md"; echo
echo "### CPU per request, PostgreSQL against H2"; echo
echo "| page (uncached) | H2 requests/s | PostgreSQL requests/s | H2 CPU ms | PostgreSQL: JVM CPU ms | + postgres CPU ms | = total | PostgreSQL / H2 |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
# Rows in the same order in both tables (same script, same pages); fields split on '|'.
paste -d'\n' <(tail -n +3 "$out/cold-h2.md") <(tail -n +3 "$out/cold-pg.md") | awk -F'|' '
  function trim(s) { gsub(/^ +| +$/, "", s); return s }
  NR % 2 == 1 { label = trim($2); h2rps = trim($4); h2 = trim($8); next }
  {
    total = trim($8) + trim($9)
    ratio = h2 > 0 ? sprintf("%.2f", total / h2) : "n/a"
    printf "| %s | %s | %s | %s | %s | %s | %.2f | %s |\n", label, h2rps, trim($4), h2, trim($8), trim($9), total, ratio
    if (label ~ /^article/) verdict = sprintf("Uncached article page: PostgreSQL costs %s times H2'"'"'s CPU per request (target: 1.5 or less): %s.", ratio, (ratio != "n/a" && ratio + 0 <= 1.5) ? "met" : "not met")
  }
  END { if (verdict != "") { print ""; print verdict } }'
echo
echo "Load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
