#!/usr/bin/env bash
# The uncached article page, several jars side by side in one run: every request renders
# (KIOSQUE_CACHE_MB=0), one connection by default, a rotation over articles whose related lists
# are stored. For each jar and round: requests/s, p50, p99, max, the server's CPU time per request
# (user + system of the whole process: request threads, GC, JIT, background work; then of Jetty's
# request threads alone, the rendering itself) and the JVM's
# safepoint pauses (GC pauses included) during the measurement.
#
#   bench/article.sh DATA_DIR IDS_FILE [SECONDS] [ROUNDS] [CONNECTIONS] LABEL=JAR [LABEL=JAR ...]
#
# IDS_FILE: article ids one a line, e.g. those in related_list_state after `kiosque bench-related`.
# Each jar serves its own copy of DATA_DIR (bench/out/article-data-LABEL, copied once), all at
# the same time on their own ports; rounds alternate the order (A B, then B A ...) so that the
# shared machine's moods fall on every jar alike. JVM options: KIOSQUE_JAVA_OPTS (all jars) and
# KIOSQUE_JAVA_OPTS_LABEL (one jar, e.g. KIOSQUE_JAVA_OPTS_zgc="-XX:+UseZGC"); -Xmx512m always.
# KIOSQUE_H2_URL_OPTIONS_LABEL (e.g. ";CACHE_SIZE=65536") is appended to that jar's H2 address.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=$1
ids=$2
seconds=${3:-20}
rounds=${4:-2}
connections=${5:-1}
shift $(( $# > 5 ? 5 : $# ))
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
hz=$(getconf CLK_TCK)
labels=()
pids=()
ports=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

port=18100
for spec in "$@"; do
  label=${spec%%=*}
  jar=${spec#*=}
  copy="$out/article-data-$label"
  [ -d "$copy" ] || cp -r "$data" "$copy"
  rm -f "$copy/kiosque.lock.db"
  cp "$jar" "$out/article-$label.jar"
  opts_var="KIOSQUE_JAVA_OPTS_$label"
  url_var="KIOSQUE_H2_URL_OPTIONS_$label"
  db_url=""
  [ -z "${!url_var:-}" ] || db_url="jdbc:h2:file:$PWD/$copy/kiosque;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE${!url_var}"
  # shellcheck disable=SC2086
  KIOSQUE_DB_URL=$db_url KIOSQUE_CACHE_MB=0 "$java" -Xmx512m ${KIOSQUE_JAVA_OPTS:-} ${!opts_var:-} \
    -Xlog:safepoint:file="$out/article-safepoints-$label.log" -jar "$out/article-$label.jar" \
    serve --data "$copy" --port "$port" > "$out/article-server-$label.log" 2>&1 &
  pids+=("$!")
  labels+=("$label")
  ports+=("$port")
  port=$((port + 1))
done
for i in "${!ports[@]}"; do
  until curl -sf -o /dev/null "http://localhost:${ports[$i]}/"; do
    kill -0 "${pids[$i]}" 2>/dev/null || { echo "${labels[$i]} did not start:" >&2; tail -5 "$out/article-server-${labels[$i]}.log" >&2; exit 1; }
    sleep 0.2
  done
done

# Canonical addresses: any date and slug redirect to the article's own.
paths="$out/article-paths.txt"
if [ ! -s "$paths" ] || [ "$ids" -nt "$paths" ]; then
  while read -r id; do
    curl -s -o /dev/null -w '%{redirect_url}\n' "http://localhost:${ports[0]}/2000/01/01/a-$id"
  done < "$ids" | sed 's|^https\?://[^/]*||' | grep . > "$paths"
fi
write_rotation "$out/article-rotation.lua" "$paths"

for port in "${ports[@]}"; do
  wrk -t1 -c4 -d20s -s "$out/article-rotation.lua" "http://localhost:$port/" > /dev/null
done

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Jetty's request threads only (qtp...): the rendering itself, without GC, JIT and background work.
request_ticks() {
  local total=0 task
  for task in /proc/"$1"/task/*; do
    if [[ $(cat "$task/comm" 2>/dev/null) == qtp* ]]; then
      total=$((total + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$total"
}

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(wc -l < "$paths") articles in rotation, ${seconds} s per run"
echo
echo "| jar | round | requests/s | p50 | p99 | max | CPU ms/request (process / request threads) | safepoints | paused ms (total / max) |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
n=${#labels[@]}
for round in $(seq 1 "$rounds"); do
  for k in $(seq 0 $((n - 1))); do
    i=$(( round % 2 == 1 ? k : n - 1 - k ))
    label=${labels[$i]}
    pid=${pids[$i]}
    log="$out/article-safepoints-$label.log"
    lines_before=$(wc -l < "$log")
    ticks_before=$(cpu_ticks "$pid")
    request_before=$(request_ticks "$pid")
    result=$(wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$out/article-rotation.lua" \
      "http://localhost:${ports[$i]}/")
    ticks_after=$(cpu_ticks "$pid")
    request_after=$(request_ticks "$pid")
    requests=$(awk '/requests in/ {print $1}' <<< "$result")
    rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
    p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
    p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
    max=$(awk '$1 == "Latency" {print $4}' <<< "$result")
    errors=$(grep -E "Non-2xx|Socket errors" <<< "$result" | tr -s ' ' || true)
    cpu=$(awk -v t=$((ticks_after - ticks_before)) -v q=$((request_after - request_before)) -v hz="$hz" \
      -v r="$requests" 'BEGIN {printf "%.3f / %.3f", 1000 * t / hz / r, 1000 * q / hz / r}')
    pauses=$(tail -n +$((lines_before + 1)) "$log" | grep -o 'Total: [0-9]* ns' \
      | awk '{n++; t += $2; if ($2 > m) m = $2} END {printf "%d | %.1f / %.1f", n, t / 1e6, m / 1e6}')
    echo "| $label | $round | $rps | $p50 | $p99 | $max | $cpu | $pauses |${errors:+ $errors}"
  done
done
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
