#!/usr/bin/env bash
# The same JSON Lines file imported into H2 and into PostgreSQL, then the search index and every
# article's related lists computed on each, timed side by side in one run. PostgreSQL is a
# throw-away cluster started here (bench/pg.sh), the server reached through KIOSQUE_DB_URL as a
# node would.
#
#   bench/import-both.sh JSONL [RELATED_THREADS]
#
# e.g. python3 ../shared/tools/expand-corpus.py --articles 100000 > bench/out/corpus-100k.jsonl
#      bench/import-both.sh bench/out/corpus-100k.jsonl
#
# Steps, each a fresh JVM of target/kiosque.jar (KIOSQUE_JAR=FILE for another build), -Xmx1g:
# `import` into an empty data directory (an empty database), `reindex`, `related` (every article's
# lists, RELATED_THREADS threads, 2 by default). For each: wall time, the JVM's CPU time (user +
# system, from /usr/bin/time) and, on PostgreSQL, the PostgreSQL processes' CPU time. Leaves
# bench/out/import-h2-data (an H2 site usable by bench/cold-both.sh) and the PostgreSQL cluster
# stopped.
# DBS="PostgreSQL" (or "H2") runs one database only; STEPS="import reindex" leaves steps out.
# RELATED_SECONDS=N stops `related` after N seconds (SIGTERM: the lists computed are kept, and the
# command's summary line, lists and lists a second, is printed under the table): every list of
# 100,000 articles takes most of an hour on each database here, a rate over a few minutes does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/pg.sh
jsonl=$(realpath "$1")
threads=${2:-2}
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$out"
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$out/kiosque-import.jar"
trap pg_stop EXIT
pg_start

rows=()
summaries=()
# step LABEL DATABASE COMMAND...: runs the jar's command timed, adds a row.
step() {
  local label=$1 db=$2; shift 2
  local db_before=0 db_cpu="—" wall cpu
  [ "$db" = H2 ] || db_before=$(pg_cpu_ms)
  local stop=()
  [ "$label" != related ] || [ -z "${RELATED_SECONDS:-}" ] || stop=(timeout -s TERM "$RELATED_SECONDS")
  # A related run stopped by the timeout ends with its own "stopped" status: not a failure.
  /usr/bin/time -f '%e %U %S' -o "$out/import-time.txt" "${stop[@]}" "$java" -Xmx1g -jar "$out/kiosque-import.jar" "$@" \
    > "$out/import-$label-$db.log" 2>&1 \
    || { [ ${#stop[@]} -gt 0 ] && grep -q 'Lists computed\|Listes calculées' "$out/import-$label-$db.log"; } \
    || { tail -20 "$out/import-$label-$db.log" >&2; exit 1; }
  [ "$label" != related ] || summaries+=("$db: $(grep -h 'Lists computed\|Listes calculées' "$out/import-$label-$db.log" | tail -1)")
  [ "$db" = H2 ] || db_cpu=$(awk -v a="$db_before" -v b="$(pg_cpu_ms)" 'BEGIN {printf "%.1f", (b - a) / 1000}')
  read -r wall user sys < <(tail -1 "$out/import-time.txt")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')
  rows+=("| $label | $db | $wall | $cpu | $db_cpu | $(awk -v c="$cpu" -v d="$db_cpu" 'BEGIN {printf "%.1f", c + d}') |")
  echo "$db $label: $wall s wall, $cpu s JVM CPU, $db_cpu s postgres CPU" >&2
}

articles=$(wc -l < "$jsonl")
for db in ${DBS:-H2 PostgreSQL}; do
  dir=$out/import-$([ "$db" = H2 ] && echo h2 || echo pg)-data
  rm -rf "$dir"
  if [ "$db" = H2 ]; then
    unset KIOSQUE_DB_URL KIOSQUE_DB_USER KIOSQUE_DB_PASSWORD
  else
    export KIOSQUE_DB_URL=$(pg_newdb kiosque_import) KIOSQUE_DB_USER=kiosque KIOSQUE_DB_PASSWORD=''
  fi
  for s in ${STEPS:-import reindex related}; do
    case $s in
      import) step import "$db" import --no-progress --data "$dir" "$jsonl" ;;
      reindex) step reindex "$db" reindex --data "$dir" ;;
      related) step related "$db" related --no-progress --threads "$threads" --data "$dir" ;;
    esac
  done
done

echo "Import of $(basename "$jsonl") ($articles lines), then reindex and related lists ($threads threads), -Xmx1g;"
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| step | database | wall s | JVM CPU s | postgres CPU s | CPU s in all |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
[ ${#summaries[@]} -eq 0 ] || { echo; printf -- '- %s\n' "${summaries[@]}"; }
