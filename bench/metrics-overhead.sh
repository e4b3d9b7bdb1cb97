#!/usr/bin/env bash
# What /metrics costs a cached page: the same jar serving the demo site twice, one node with
# KIOSQUE_METRICS_TOKEN (every request timed by kiosque.metrics.RequestTiming) and one without,
# measured alternately in one run. Reports requests/s, p50 and the server's CPU time per request
# (from /proc: the figure that survives a busy machine best).
#
#   bench/metrics-overhead.sh [DURATION_SECONDS] [ROUNDS] [CONNECTIONS]
#
# Needs wrk and target/kiosque.jar (mvn -B -q package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."

duration="${1:-10}"
rounds="${2:-3}"
connections="${3:-32}"
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f target/kiosque.jar ] || mvn -B -q package -DskipTests
mkdir -p "$out"
cp target/kiosque.jar "$out/kiosque-metrics.jar"

start() { # port, data dir, extra env
  env $3 "$java" -Xmx512m -jar "$out/kiosque-metrics.jar" serve --data "$2" --port "$1" --demo \
    > "$2.log" 2>&1 &
  echo $!
}
rm -rf "$out/metrics-on" "$out/metrics-off"
on=$(start 18094 "$out/metrics-on" "KIOSQUE_METRICS_TOKEN=bench")
off=$(start 18095 "$out/metrics-off" "KIOSQUE_UNUSED=1")
trap 'kill $on $off 2>/dev/null || true' EXIT
for port in 18094 18095; do
  for _ in $(seq 1 150); do curl -sf -o /dev/null "http://localhost:$port/" && break; sleep 0.2; done
done
article=$(curl -s "http://localhost:18094/" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"]*"' | head -1 \
  | sed 's/href="//; s/"$//')
for port in 18094 18095; do wrk -t1 -c"$connections" -d5s "http://localhost:$port$article" > /dev/null; done

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system, in clock ticks
ticks=$(getconf CLK_TCK)
run() { # label, pid, port
  local before after result requests
  before=$(cpu "$2")
  result=$(wrk -t1 -c"$connections" -d"${duration}s" --latency "http://localhost:$3$article")
  after=$(cpu "$2")
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  printf '%s|%s|%s|%s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' <<< "$result")" \
    "$(awk '$1 == "50%" {print $2}' <<< "$result")" \
    "$(python3 -c "print(f'{($after - $before) / $ticks / $requests * 1e6:.1f}')")"
}
for _ in $(seq 1 "$rounds"); do
  run "metrics on" "$on" 18094
  run "metrics off" "$off" 18095
done | tee "$out/metrics-overhead.txt" >&2
echo "| node | requests/s (median of $rounds) | p50 | server CPU µs per request |"
echo "| --- | --- | --- | --- |"
python3 - "$out/metrics-overhead.txt" <<'PY'
import sys, statistics, collections
runs = collections.OrderedDict()
for line in open(sys.argv[1]):
    label, rps, p50, cpu = line.strip().split('|')
    runs.setdefault(label, []).append((float(rps), p50, float(cpu)))
for label, values in runs.items():
    values.sort()
    print(f"| {label} | {statistics.median(v[0] for v in values):,.0f} | {values[len(values)//2][1]} | "
          f"{statistics.median(v[2] for v in values):.1f} |")
PY
