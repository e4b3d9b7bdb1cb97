#!/usr/bin/env bash
# Where a page's CPU goes by thread group: Jetty's request threads, the JIT compilers, the garbage
# collector and the rest, per request, from /proc (user + system clock ticks of each thread before
# and after). One server, page cache off, the shipped JVM settings; WARM seconds of warm-up at 4
# connections (30 by default), then SECONDS measured at one.
#
#   bench/threads-cpu.sh DATA_DIR JAR PATH [SECONDS]
#   e.g. bench/threads-cpu.sh /work/bench/d-new target/kiosque.jar /sitemaps/sujets.xml 10
#        LUA=bench/out/cold-rotation.lua WARM=120 bench/threads-cpu.sh DATA JAR / 20   # the article rotation
#
# EXTRA="-XX:+PrintCompilation" adds JVM options (the server's output is in bench/out/threads-cpu.log).
# A JIT share that stays high after the warm-up means the measured figures still pay for compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
jar=$2
path=$3
secs=${4:-10}
port=${PORT:-18786}
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mkdir -p "$out"
# shellcheck disable=SC2086
KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options ${EXTRA:-} -jar "$jar" serve --data "$data" --port "$port" \
  > "$out/threads-cpu.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/"; do sleep 0.2; done
wrk -t1 -c4 -d"${WARM:-30}s" ${LUA:+-s "$LUA"} "http://localhost:$port$path" > /dev/null
# "name ticks" for each thread of the server
snapshot() {
  for task in /proc/$server/task/*; do
    local name
    name=$(cat "$task/comm" 2>/dev/null) || continue
    { sed 's/^.*) //' "$task/stat" 2>/dev/null || true; } | awk -v n="$name" '{print n "\t" $12 + $13}'
  done
}
snapshot > "$out/threads-cpu.before"
result=$(wrk -t1 -c1 -d"${secs}s" --latency ${LUA:+-s "$LUA"} "http://localhost:$port$path")
snapshot > "$out/threads-cpu.after"
grep -E 'Requests/sec|50%|99%' <<< "$result"
python3 - "$(awk '/requests in/ {print $1}' <<< "$result")" "$(getconf CLK_TCK)" "$out/threads-cpu.before" "$out/threads-cpu.after" <<'PY'
import collections, sys
requests, hz = int(sys.argv[1]), int(sys.argv[2])
def load(path):
    ticks = collections.Counter()
    for line in open(path):
        name, value = line.rstrip("\n").rsplit("\t", 1)
        ticks[name] += int(value)
    return ticks
def group(name):
    if name.startswith("qtp"):
        return "request threads"
    if "Shen" in name or "GC" in name or "G1" in name:
        return "garbage collector"
    if "Compiler" in name or name.startswith(("C1 ", "C2 ")):
        return "JIT compilers"
    return "other threads"
before, after = load(sys.argv[3]), load(sys.argv[4])
groups = collections.Counter()
for name in after:
    groups[group(name)] += after[name] - before.get(name, 0)
for name, ticks in sorted(groups.items()):
    print(f"{name:18} {ticks / hz * 1e6 / requests:8.1f} µs a request")
print(f"{'all':18} {sum(groups.values()) / hz * 1e6 / requests:8.1f} µs a request ({requests} requests)")
PY
