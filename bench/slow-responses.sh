#!/usr/bin/env bash
# Which responses are slow, and whether the collector was running then: one page at one
# connection, page cache off, the shipped JVM settings plus a GC log with wall-clock times; 10 s of
# warm-up (WARMUP), then 15 s with bench/slow-responses.lua logging every response over 2 ms.
# Prints wrk's p50 and p99, the collection cycles in the window and the share of slow responses
# that ended during one (a cycle's pauses and its thread sharing two cores with the page).
#
#   bench/slow-responses.sh DATA_DIR JAR PATH
#   e.g. bench/slow-responses.sh /work/bench/d-new target/kiosque.jar /
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
jar=$2
path=$3
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${PORT:-18153}
mkdir -p "$out"
rm -f "$data/kiosque.lock.db" "$out/slow-responses.txt" "$out/slow-responses-gc.log"
KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options -Xlog:gc*:file="$out/slow-responses-gc.log":time -jar "$jar" serve \
  --data "$data" --port "$port" > "$out/slow-responses-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/"; do
  kill -0 "$server" 2>/dev/null || { tail -5 "$out/slow-responses-server.log" >&2; exit 1; }
  sleep 0.2
done
wrk -t1 -c1 -d"${WARMUP:-10}s" "http://localhost:$port$path" > /dev/null
rm -f "$out/slow-responses.txt"
start=$(date +%s.%N)
wrk -t1 -c1 -d15s --latency -s bench/slow-responses.lua "http://localhost:$port$path" \
  | awk '/Requests\/sec/ {r = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} END {print r " requests/s, p50 " p50 ", p99 " p99}'
touch "$out/slow-responses.txt"
python3 - "$out/slow-responses-gc.log" "$out/slow-responses.txt" "$start" <<'PY'
import datetime, re, sys
cycles = {}
for line in open(sys.argv[1]):
    m = re.match(r'\[(\S+?)\] GC\((\d+)\) ', line)
    if m:
        t = datetime.datetime.strptime(m.group(1), '%Y-%m-%dT%H:%M:%S.%f%z').timestamp() * 1000
        c = cycles.setdefault(int(m.group(2)), [t, t])
        c[0], c[1] = min(c[0], t), max(c[1], t)
start = float(sys.argv[3]) * 1000
end = start + 15000
inside = [(a, b) for a, b in cycles.values() if b >= start and a <= end]
covered = sum(min(b, end) - max(a, start) for a, b in inside)
slow = [float(l.split()[0]) for l in open(sys.argv[2])]
during = sum(1 for t in slow if any(a <= t <= b + 1 for a, b in inside))
print(f"{len(inside)} collection cycles covering {covered / 150:.0f} % of the 15 s; "
      f"{len(slow)} responses over 2 ms, {during} of them ending during a cycle")
PY
