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
