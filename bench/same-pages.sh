#!/usr/bin/env bash
# Whether several jars serve the same bytes for the same article pages: each serves its copy of the
# data left by bench/allocation.sh (bench/out/alloc-data-LABEL, page cache off, the same public
# address), one after the other, and the first COUNT paths of PATHS_FILE are fetched from each and
# compared with the first jar's. Prints how many pages matched; exits 1 on any difference.
# DATA=DIR serves that one directory with every jar instead: the copies' related lists were
# computed at different moments, and recommendations move with time.
#
#   bench/same-pages.sh PATHS_FILE COUNT LABEL=JAR [LABEL=JAR ...]
#   e.g. bench/same-pages.sh bench/out/alloc-paths-main.txt 40 main=bench/out/kiosque-main6.jar new=target/kiosque.jar
set -euo pipefail
cd "$(dirname "$0")/.."
paths=$1
count=$2
shift 2
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${PORT:-18151}
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true' EXIT
first=""
for spec in "$@"; do
  label=${spec%%=*}
  jar=${spec#*=}
  copy=${DATA:-$out/alloc-data-$label}
  [ -d "$copy" ] || { echo "no $copy: run bench/allocation.sh with $label first" >&2; exit 1; }
  rm -f "$copy/kiosque.lock.db"
  pages="$out/same-pages-$label"
  rm -rf "$pages" && mkdir -p "$pages"
  KIOSQUE_CACHE_MB=0 KIOSQUE_SITE_URL=https://www.exemple.ma "$java" -Xmx512m -jar "$jar" serve --data "$copy" \
    --port "$port" > "$out/same-pages-$label.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://localhost:$port/"; do
    kill -0 "$server" 2>/dev/null || { echo "$label did not start" >&2; exit 1; }
    sleep 0.2
  done
  n=0
  head -n "$count" "$paths" | while read -r path; do
    n=$((n + 1))
    curl -sf -o "$pages/$n.html" "http://localhost:$port$path"
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
  if [ -z "$first" ]; then
    first=$label
  elif diff -rq "$out/same-pages-$first" "$pages"; then
    echo "$label: the $count pages are byte for byte those of $first"
  else
    echo "$label: pages differ from $first's" >&2
    exit 1
  fi
done
