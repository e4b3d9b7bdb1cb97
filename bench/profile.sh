#!/usr/bin/env bash
# Profiles the server under wrk with JDK Flight Recorder and summarises where time goes.
#
#   bench/profile.sh DATA_DIR PATH [SECONDS] [CONNECTIONS] [EXTRA wrk ARGS...]
#
# Starts target/kiosque.jar (-Xmx512m, KIOSQUE_JAVA_OPTS and KIOSQUE_* settings from the
# environment, e.g. KIOSQUE_CACHE_MB=0), warms up for 10 s, records SECONDS of wrk load on PATH,
# then prints bench/jfr-summary.py for the request threads (THREADS, default qtp: Jetty's pool).
# The recording stays in bench/out/.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
path=$2
seconds=${3:-20}
connections=${4:-32}
shift $(( $# > 4 ? 4 : $# ))
port=${PORT:-18092}
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jfr=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
name=$(echo "$path" | tr -c 'a-zA-Z0-9' '_' | cut -c1-40)
recording="$out/profile-$name.jfr"
cp target/kiosque.jar "$out/kiosque-profile.jar"

# Jetty and Javalin stacks are deep: JFR's default 64 frames lose the application's frames.
"$java" -Xmx512m -XX:FlightRecorderOptions:stackdepth=512 ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-profile.jar" serve --data "$data" --port "$port" \
  > "$out/profile-server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "http://localhost:$port/" && break; sleep 0.2; done
wrk -t1 -c"$connections" -d10s "$@" "http://localhost:$port$path" > /dev/null
"$jfr" configure method-profiling=max --output "$out/profiling.jfc" > /dev/null
jcmd $server JFR.start name=bench settings="$PWD/$out/profiling.jfc" > /dev/null
wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" "http://localhost:$port$path" | grep -E "Requests/sec|99%|50%|Non-2xx"
jcmd $server JFR.dump name=bench filename="$PWD/$recording" > /dev/null
# jfr print keeps 5 frames of each stack unless told: "total time" needs them all.
"$jfr" print --json --stack-depth 512 --events jdk.ExecutionSample "$recording" > "$out/profile-$name.json"
bench/jfr-summary.py "$out/profile-$name.json" "${THREADS:-qtp}"
