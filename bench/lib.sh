# Shared by the benchmark scripts (source it): small helpers, no side effects.

# wrk_run RESULTS_FILE LABEL CONNECTIONS DURATION_SECONDS WRK_ARGS...: one wrk run (one thread, with
# latencies); appends "label|connections|requests/s|p50|p99" to RESULTS_FILE and says it on stderr.
wrk_run() {
  local results=$1 label=$2 c=$3 duration=$4; shift 4
  local result rps p50 p99 errors
  result=$(wrk -t1 -c"$c" -d"${duration}s" --latency "$@")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  errors=$(awk '/Non-2xx|Socket errors/' <<< "$result")
  echo "$label|$c|$rps|$p50|$p99" >> "$results"
  echo "$label c=$c: $rps req/s, p50 $p50, p99 $p99 $errors" >&2
}

# median_table RESULTS_FILE ROUNDS: the runs wrk_run wrote, as a Markdown table of medians by label
# and connections (the p50 and p99 of the median run).
median_table() {
  echo "| what | connections | requests/s (median of $2) | p50 | p99 |"
  echo "| --- | --- | --- | --- | --- |"
  python3 - "$1" <<'PY'
import sys, statistics, collections
runs = collections.OrderedDict()
for line in open(sys.argv[1]):
    label, c, rps, p50, p99 = line.strip().split('|')
    runs.setdefault((label, c), []).append((float(rps), p50, p99))
for (label, c), values in runs.items():
    values.sort()
    rps, p50, p99 = values[len(values) // 2]
    print(f"| {label} | {c} | {statistics.median(v[0] for v in values):,.0f} | {p50} | {p99} |")
PY
}

# write_rotation LUA_FILE PATHS_FILE: a wrk script that GETs each address of PATHS_FILE (one a line), in turn.
write_rotation() {
  cat > "$1" <<LUA
local paths = {}
for line in io.lines("$2") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i])
end
LUA
}

# wait_for URL [SECONDS]: returns once URL answers 2xx (a server starting), fails after SECONDS (60).
wait_for() {
  local url=$1 seconds=${2:-60} i
  for i in $(seq 1 $((seconds * 5))); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 0.2
  done
  echo "$url did not answer within $seconds s" >&2
  return 1
}

# jvm_threads_ticks PID WHICH: "thread-id clock-ticks" (user + system) of a Kiosque JVM's threads:
# qtp (Jetty's pool: its selector and the request threads), refresh (the related lists' background
# worker) or other (every thread but Jetty's: GC, JIT, background work).
jvm_threads_ticks() {
  local pid=$1 task name
  for task in /proc/$pid/task/*; do
    name=$(cat "$task/comm" 2>/dev/null) || continue
    case $2:$name in qtp:qtp* | refresh:related-refresh | other:[!q]* | other:q[!t]*) ;; *) continue ;; esac
    { sed 's/^.*) //' "$task/stat" 2>/dev/null || true; } | awk -v id="${task##*/}" '{print id, $12 + $13}'
  done
}

# jvm_threads_ms_since PID WHICH BEFORE: CPU ms of those threads since BEFORE (a jvm_threads_ticks
# output), thread by thread. A sum over the live threads would not do: Jetty ends a request thread
# idle for a minute, and its CPU time would leave the sum, making the difference too small or even
# negative. A thread gone since BEFORE had been idle for that minute: it counts for nothing.
jvm_threads_ms_since() {
  jvm_threads_ticks "$1" "$2" | awk -v t="$(getconf CLK_TCK)" -v before="$3" '
    BEGIN { n = split(before, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], f, " "); was[f[1]] = f[2] } }
    { sum += $2 - (($1 in was) ? was[$1] : 0) } END { print sum * 1000 / t }'
}

# wait_refresh_idle PID [SECONDS]: returns once the node's related lists' background worker has used
# no CPU for 3 seconds (SECONDS at most, 900 by default), and says how long it waited. A node whose
# change follower is behind the log refreshes what changed since; on PostgreSQL its queries would
# land in the database's CPU as if the pages had cost them.
wait_refresh_idle() {
  local pid=$1 limit=${2:-900} waited=0 still=0 last now
  last=$(jvm_threads_ms_since "$pid" refresh "")
  while [ "$still" -lt 3 ] && [ "$waited" -lt "$limit" ]; do
    sleep 1
    waited=$((waited + 1))
    now=$(jvm_threads_ms_since "$pid" refresh "")
    if [ "$now" = "$last" ]; then still=$((still + 1)); else still=0; fi
    last=$now
  done
  echo "Related lists' background refresh idle after waiting $waited s ($(awk -v m="$last" 'BEGIN {printf "%.1f", m / 1000}') s of its CPU since start)" >&2
}
