#!/usr/bin/env bash
# Bytes allocated per request for any pages (listings, feeds, sitemaps), one server, page cache off,
# the shipped JVM settings: for each PATH, 8 s of warm-up at one connection, then 8 s under a JFR
# recording of jdk.ThreadAllocationStatistics (each thread's allocated bytes at the recording's
# start and end). Prints the bytes per request of the whole process and of Jetty's request threads.
# (bench/allocation.sh does the same for the article rotation, several jars side by side.)
#
#   bench/page-allocation.sh DATA_DIR JAR PATH [PATH ...]
#   e.g. bench/page-allocation.sh /work/bench/d-new target/kiosque.jar / /rss.xml /sitemaps/sujets.xml
#
# With PROFILE=1 the recording also samples allocations with their stacks, and
# bench/JfrAllocSummary.java writes where the request threads' bytes went to
# bench/out/page-allocation-N.txt (N the path's rank).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
jar=$2
shift 2
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jfr=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
port=${PORT:-18152}
mkdir -p "$out"
settings="$out/page-allocation.jfc"
sampled=$([ "${PROFILE:-0}" = 1 ] && echo true || echo false)
cat > "$settings" <<JFC
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting><setting name="period">everyChunk</setting></event>
  <event name="jdk.ObjectAllocationSample"><setting name="enabled">$sampled</setting><setting name="throttle">5000/s</setting><setting name="stackTrace">true</setting></event>
</configuration>
JFC
rm -f "$data/kiosque.lock.db"
KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options -XX:FlightRecorderOptions:stackdepth=512 -jar "$jar" serve \
  --data "$data" --port "$port" > "$out/page-allocation-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/"; do
  kill -0 "$server" 2>/dev/null || { tail -5 "$out/page-allocation-server.log" >&2; exit 1; }
  sleep 0.2
done
echo "| page | requests | KB allocated per request (process) | KB per request (request threads) |"
echo "| --- | --- | --- | --- |"
rank=0
for path in "$@"; do
  rank=$((rank + 1))
  wrk -t1 -c1 -d8s "http://localhost:$port$path" > /dev/null
  jcmd "$server" JFR.start name=pages$rank settings="$PWD/$settings" > /dev/null
  result=$(wrk -t1 -c1 -d8s "http://localhost:$port$path")
  jcmd "$server" JFR.stop name=pages$rank filename="$PWD/$out/page-allocation-$rank.jfr" > /dev/null
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  "$jfr" print --json --events jdk.ThreadAllocationStatistics "$out/page-allocation-$rank.jfr" > "$out/page-allocation-$rank.json"
  read -r total request < <(python3 bench/thread-allocation.py "$out/page-allocation-$rank.json" "$requests")
  echo "| $path | $requests | $total | $request |"
  if [ "$sampled" = true ]; then
    "$java" bench/JfrAllocSummary.java "$out/page-allocation-$rank.jfr" qtp "$requests" > "$out/page-allocation-$rank.txt"
  fi
done
