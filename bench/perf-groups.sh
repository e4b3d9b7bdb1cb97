#!/usr/bin/env bash
# Where an uncached article page's CPU goes, kernel included: µs a page by code group (the kernel and
# native code, H2 or the PostgreSQL driver, JTE, Jetty, the JDK, Kiosque, the collector), sampled
# with Linux perf. With KIOSQUE_DB_URL (and KIOSQUE_DB_USER) set, the node serves that database.
#
#   bench/perf-groups.sh DATA_DIR JAR [SECONDS]
#
# Starts JAR with the shipped JVM settings (deploy/jvm.options, page cache off) on DATA_DIR, warms
# the article rotation (ARTICLES=FILE, default bench/out/cold-articles.txt, the last bench/cold.sh
# rotation) for WARMUP seconds (120) at 4 connections, then samples every thread of the JVM with
# `perf record -e cpu-clock` (a software clock: a virtual machine often has no hardware counters)
# for SECONDS (20) while wrk runs the rotation at one connection. The JIT's code is named through
# the JVM's perf map (`jcmd PID Compiler.perfmap`). Prints pages/s, the groups, and the 15 hottest
# symbols in µs a page; the samples stay in bench/out/perf-groups.data.
# JFR's profiles (bench/profile.sh) see Java frames only; this one sees the time the kernel spends on
# the page's network I/O too, which is why session 16 used it (docs/benchmarks.md, "Session 16").
# Needs perf (Debian's linux-perf) and a kernel that lets the user sample (perf_event_paranoid <= 2).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=$1
jar=$2
seconds=${3:-20}
port=${PORT:-18094}
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
articles=${ARTICLES:-$out/cold-articles.txt}
command -v perf > /dev/null || { echo "perf is not installed (Debian: apt-get install linux-perf)" >&2; exit 1; }
[ -s "$articles" ] || { echo "no rotation: give ARTICLES=FILE (article addresses, one a line) or run bench/cold.sh first" >&2; exit 1; }
mkdir -p "$out"

server=
cleanup() { [ -z "$server" ] || { kill $server 2>/dev/null; wait $server 2>/dev/null; } || true; }
trap cleanup EXIT
KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options ${KIOSQUE_JAVA_OPTS:-} -jar "$jar" serve --data "$data" \
  --port "$port" > "$out/perf-groups-server.log" 2>&1 &
server=$!
wait_for "http://localhost:$port/" 120
write_rotation "$out/perf-groups-rotation.lua" "$articles"
wrk -t1 -c4 -d"${WARMUP:-120}s" -s "$out/perf-groups-rotation.lua" "http://localhost:$port/" > /dev/null

perf record -q -e cpu-clock -F 2999 -p "$server" -o "$out/perf-groups.data" -- sleep "$seconds" 2> /dev/null &
recorder=$!
result=$(wrk -t1 -c1 -d"${seconds}s" --latency -s "$out/perf-groups-rotation.lua" "http://localhost:$port/")
wait $recorder || true
"$jcmd" "$server" Compiler.perfmap > /dev/null
requests=$(awk '/requests in/ {print $1}' <<< "$result")
echo "$(awk '/Requests\/sec/ {print $2}' <<< "$result") pages/s, p99 $(awk '$1 == "99%" {print $2}' <<< "$result"), $requests pages in ${seconds} s"
perf report -i "$out/perf-groups.data" -n --no-children --sort comm,symbol -t "|" 2> /dev/null \
  | python3 -c '
import re, sys
requests, hz = int(sys.argv[1]), 2999
groups, symbols = {}, {}
for line in sys.stdin:
    fields = line.split("|")
    if line.startswith("#") or len(fields) < 4 or not fields[1].strip().isdigit():
        continue
    thread, symbol = fields[2].strip(), fields[3].strip()
    us = int(fields[1]) / hz / requests * 1e6
    # A Java frame reads "[.] RETURN_TYPE CLASS.METHOD(ARGUMENTS)": the group is the package of the class.
    method = symbol.split("(")[0].split()[-1]
    java = re.match(r"(org\.h2|org\.postgresql|gg\.jte|org\.eclipse\.jetty|io\.javalin|kiosque|java\.|jdk\.|sun\.|com\.fasterxml|org\.jdbi|com\.zaxxer)", method)
    if thread.startswith(("C1 Compiler", "C2 Compiler")):
        group = "JIT compiler"
    elif java:
        group = {"java.": "JDK", "jdk.": "JDK", "sun.": "JDK"}.get(java.group(1), java.group(1))
    elif thread.startswith(("Shenandoah", "GC Thread", "G1")) or "Shenandoah" in symbol or "oop" in symbol:
        group = "collector"
    elif symbol.startswith("[k]"):
        group = "kernel"
    else:
        group = "native and other (stubs, libc)"
    groups[group] = groups.get(group, 0) + us
    symbols[symbol] = symbols.get(symbol, 0) + us
print("| group | µs a page |")
print("| --- | --- |")
for group, us in sorted(groups.items(), key=lambda item: -item[1]):
    print(f"| {group} | {us:.1f} |")
print(f"| all | {sum(groups.values()):.1f} |")
print()
for symbol, us in sorted(symbols.items(), key=lambda item: -item[1])[:15]:
    print(f"{us:7.1f} µs  {symbol[:140]}")
' "$requests"
