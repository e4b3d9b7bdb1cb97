#!/usr/bin/env bash
# Bytes allocated per uncached article page, several jars side by side in one run.
#
#   bench/allocation.sh DATA_DIR [ARTICLES] [SECONDS] LABEL=JAR [LABEL=JAR ...]
#
# Each jar serves its own copy of DATA_DIR (bench/out/alloc-data-LABEL, copied once; a newer jar
# migrates its copy) with the page cache off (KIOSQUE_CACHE_MB=0), -Xmx512m. Once its search index
# is built, every article of the rotation (ARTICLES ids spread over the archive, default 300) is
# read twice, so its related lists are computed and stored (as on a site whose lists are all
# stored); then wrk reads the rotation for SECONDS at one connection under a JFR recording of
# jdk.ThreadAllocationStatistics (each thread's allocated bytes, at the start and end of the
# recording). Prints, per jar: requests, bytes allocated per request by the whole process and by
# Jetty's request threads alone (the page itself: no GC, JIT or background work).
# With PROFILE=1 the recording also samples allocations with their stacks
# (jdk.ObjectAllocationSample) and bench/JfrAllocSummary.java prints where the request threads'
# bytes went, per jar, into bench/out/alloc-profile-LABEL.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
data=$1
articles=${2:-300}
seconds=${3:-20}
shift $(( $# > 3 ? 3 : $# ))
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jfr=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
port=${PORT:-18150}
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true' EXIT
[ "${PROFILE:-0}" = 1 ] && PROFILE=true || PROFILE=false
cat > "$out/alloc.jfc" <<JFC
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics"><setting name="enabled">true</setting><setting name="period">everyChunk</setting></event>
  <event name="jdk.ObjectAllocationSample"><setting name="enabled">${PROFILE:-false}</setting><setting name="throttle">5000/s</setting><setting name="stackTrace">true</setting></event>
</configuration>
JFC

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $articles articles in rotation, ${seconds} s per jar, one connection"
echo
echo "| jar | requests | requests/s | KB allocated per page (process) | KB per page (request threads) |"
echo "| --- | --- | --- | --- | --- |"
for spec in "$@"; do
  label=${spec%%=*}
  jar=${spec#*=}
  copy="$out/alloc-data-$label"
  [ -d "$copy" ] || cp -r "$data" "$copy"
  rm -f "$copy/kiosque.lock.db"
  cp "$jar" "$out/alloc-$label.jar"
  log="$out/alloc-server-$label.log"
  # Jetty and Javalin stacks are deep: JFR's default 64 frames lose the application's frames.
  KIOSQUE_CACHE_MB=0 "$java" -Xmx512m -XX:FlightRecorderOptions:stackdepth=512 ${KIOSQUE_JAVA_OPTS:-} -jar "$out/alloc-$label.jar" serve --data "$copy" \
    --port "$port" > "$log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://localhost:$port/"; do
    kill -0 "$server" 2>/dev/null || { echo "$label did not start:" >&2; tail -5 "$log" >&2; exit 1; }
    sleep 0.2
  done
  # Related lists come from the search index: wait for it when the copy had none.
  until ! grep -q "Rebuilding the search index" "$log" || grep -q "Search index rebuilt" "$log"; do sleep 1; done
  paths="$out/alloc-paths-$label.txt"
  max=${MAX_ID:-20000}
  for i in $(seq 1 "$articles"); do
    curl -s -o /dev/null -w '%{redirect_url}\n' "http://localhost:$port/2000/01/01/a-$(( (i * 7919) % max + 1 ))"
  done | sed 's|^https\?://[^/]*||' | grep . > "$paths"
  write_rotation "$out/alloc-rotation-$label.lua" "$paths"
  while read -r path; do curl -s -o /dev/null "http://localhost:$port$path"; done < "$paths"
  wrk -t1 -c1 -d10s -s "$out/alloc-rotation-$label.lua" "http://localhost:$port/" > /dev/null
  jcmd "$server" JFR.start name=alloc settings="$PWD/$out/alloc.jfc" > /dev/null
  result=$(wrk -t1 -c1 -d"${seconds}s" -s "$out/alloc-rotation-$label.lua" "http://localhost:$port/")
  jcmd "$server" JFR.stop name=alloc filename="$PWD/$out/alloc-$label.jfr" > /dev/null
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  "$jfr" print --json --events jdk.ThreadAllocationStatistics "$out/alloc-$label.jfr" > "$out/alloc-$label.json"
  read -r total request < <(python3 bench/thread-allocation.py "$out/alloc-$label.json" "$requests")
  echo "| $label | $requests | $rps | $total | $request |"
  if [ "$PROFILE" = true ]; then
    "$java" bench/JfrAllocSummary.java "$out/alloc-$label.jfr" qtp "$requests" kiosque.site.SiteRoutes.article > "$out/alloc-profile-$label.txt"
  fi
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
done
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
