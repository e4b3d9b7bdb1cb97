#!/usr/bin/env bash
# The hot article page through Varnish (deploy/varnish/kiosque.vcl, unchanged), side by side in one
# run with nginx serving the same bytes from a file and with Kiosque direct (its own page cache),
# plain and gzip, at 32 and 128 connections; prints every run, then the medians and the ratios to
# nginx as Markdown, with each server's CPU a request (its processes' user + system time over the
# run, divided by the requests served): on 2 cores shared with wrk, what decides the ratios.
#
#   bench/varnish.sh [DURATION_SECONDS] [ROUNDS] [CONNECTIONS...]
#
# Defaults: 10 s per run, 3 rounds, 32 and 128 connections. Needs wrk, nginx, varnish and
# varnish-modules (apt-get install wrk nginx varnish varnish-modules) and target/kiosque.jar
# (mvn -B -q package -DskipTests). Serves the demo site from bench/out/varnish-data. Figures from a
# busy machine only say the command works: compare within one run, and publish a quiet run's.
# VARNISH_PARAMS="-p thread_pools=1 ..." passes run-time parameters to varnishd (deploy/ sets none).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

duration="${1:-10}"
rounds="${2:-3}"
shift $(( $# > 2 ? 2 : $# )) || true
connections=("${@:-32 128}")
[ ${#connections[@]} -eq 1 ] && read -r -a connections <<< "${connections[0]}"
kport=18095
nport=18096
vport=18097
out=bench/out
data="$out/varnish-data"
root="$out/varnish-nginx-root"
vcl="$out/varnish-vcl"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
varnishd=$(command -v varnishd || echo /usr/sbin/varnishd)

# What is missing comes from apt when we may install it (as .ci/run does); otherwise say what to install.
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x "$varnishd" ] || missing+=(varnish)
ls /usr/lib/*/varnish/vmods/libvmod_xkey.so >/dev/null 2>&1 || missing+=(varnish-modules)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    varnishd=$(command -v varnishd || echo /usr/sbin/varnishd)
  else
    echo "Missing: ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 2
  fi
fi
[ -f target/kiosque.jar ] || mvn -B -q package -DskipTests
mkdir -p "$out" "$root" "$vcl"
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$out/kiosque-varnish.jar"

# The node, with the JVM settings it ships with (deploy/jvm.options).
"$java" @deploy/jvm.options ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-varnish.jar" serve --data "$data" \
  --port "$kport" --demo > "$out/varnish-server.log" 2>&1 &
server=$!
nginx=""
varnish=""
trap 'kill $server $nginx $varnish 2>/dev/null || true' EXIT

cat > "$out/varnish-nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$out/varnish-nginx.pid;
error_log $PWD/$out/varnish-nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  # The gzip bytes Kiosque sends, saved beside the page: nginx serves them as they are.
  gzip_static on;
  gzip_vary on;
  server {
    listen 127.0.0.1:$nport;
    root $PWD/$root;
  }
}
NGINX
/usr/sbin/nginx -c "$PWD/$out/varnish-nginx.conf" &
nginx=$!

# The shipped VCL as is; the one node as its backend, purges from this machine only.
cp deploy/varnish/kiosque.vcl "$vcl/kiosque.vcl"
cat > "$vcl/kiosque-nodes.vcl" <<VCL
backend kiosque_node1 { .host = "127.0.0.1"; .port = "$kport"; .probe = kiosque_ready; }
sub vcl_init { kiosque_nodes.add_backend(kiosque_node1); }
acl kiosque_purgers { "127.0.0.1"; }
VCL
chmod -R a+rX "$vcl"
wait_for "http://localhost:$kport/ready" 120
"$varnishd" -F -n "$PWD/$out/varnish-work" -a "127.0.0.1:$vport" -T none -f "$PWD/$vcl/kiosque.vcl" \
  -p vcl_path="$PWD/$vcl" -s malloc,256m ${VARNISH_PARAMS:-} > "$out/varnishd.log" 2>&1 &
varnish=$!
wait_for "http://localhost:$vport/ready" 60

article=$(curl -s "http://localhost:$kport/" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"]*"' | head -1 \
  | sed 's/href="//; s/"$//')
curl -s "http://localhost:$kport$article" -o "$root/article.html"
curl -s -H 'Accept-Encoding: gzip' "http://localhost:$kport$article" -o "$root/article.html.gz"
plain_bytes=$(wc -c < "$root/article.html")
gzip_bytes=$(wc -c < "$root/article.html.gz")
for target in "Kiosque direct:$kport:$article" "Varnish:$vport:$article" "nginx:$nport:/article.html"; do
  IFS=: read -r name port path <<< "$target"
  got=$(curl -s "http://localhost:$port$path" | wc -c)
  gz=$(curl -s -H 'Accept-Encoding: gzip' "http://localhost:$port$path" | wc -c)
  echo "$name: $got bytes, gzip $gz bytes (page $plain_bytes, gzip $gzip_bytes)" >&2
  [ "$got" -eq "$plain_bytes" ] && [ "$gz" -eq "$gzip_bytes" ] || echo "  $name does not serve the same bytes" >&2
done
echo "Varnish: $(curl -s -o /dev/null -D - "http://localhost:$vport$article" | tr -d '\r' \
  | grep -i -E '^(x-varnish-cache|age):' | tr '\n' ' ')" >&2

gz=(-H "Accept-Encoding: gzip")
for url in "http://localhost:$kport$article" "http://localhost:$vport$article" "http://localhost:$nport/article.html"; do
  wrk -t1 -c32 -d3s "$url" > /dev/null
  wrk -t1 -c32 -d3s "${gz[@]}" "$url" > /dev/null
done

results="$out/varnish-results.txt"
: > "$results"
# CPU ticks (user + system, all threads) of a server: the process and its children (nginx's and
# Varnish's workers). Throughput on 2 cores shared with wrk moves with the load; the CPU a request
# costs each server moves much less, and it is what decides how many requests a core can serve.
tree_ticks() {
  local total=0 p
  for p in "$1" $(pgrep -P "$1" 2>/dev/null); do
    [ -r "/proc/$p/stat" ] && total=$(( total + $(sed 's/^.*) //' "/proc/$p/stat" | awk '{print $12 + $13}') ))
  done
  echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)
run() {
  local label=$1 encoding=$2 c=$3 pid=$4; shift 4
  local result rps p50 p99 errors requests before after cpu
  before=$(tree_ticks "$pid")
  result=$(wrk -t1 -c"$c" -d"${duration}s" --latency "$@")
  after=$(tree_ticks "$pid")
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$result")
  p50=$(awk '$1 == "50%" {print $2}' <<< "$result")
  p99=$(awk '$1 == "99%" {print $2}' <<< "$result")
  requests=$(awk '/requests in/ {print $1}' <<< "$result")
  errors=$(awk '/Non-2xx|Socket errors/' <<< "$result")
  cpu=$(awk -v t=$(( after - before )) -v hz="$ticks_per_second" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
  echo "$label|$encoding|$c|$rps|$p50|$p99|$cpu" >> "$results"
  echo "$label, $encoding, c=$c: $rps req/s, p50 $p50, p99 $p99, server CPU $cpu µs a request $errors" >&2
}
for round in $(seq 1 "$rounds"); do
  for c in "${connections[@]}"; do
    run "nginx, static file" plain "$c" "$nginx" "http://localhost:$nport/article.html"
    run "Varnish" plain "$c" "$varnish" "http://localhost:$vport$article"
    run "Kiosque direct" plain "$c" "$server" "http://localhost:$kport$article"
    run "nginx, static file" gzip "$c" "$nginx" "${gz[@]}" "http://localhost:$nport/article.html"
    run "Varnish" gzip "$c" "$varnish" "${gz[@]}" "http://localhost:$vport$article"
    run "Kiosque direct" gzip "$c" "$server" "${gz[@]}" "http://localhost:$kport$article"
  done
done

echo "Article $article, $plain_bytes bytes (gzip $gzip_bytes); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| what | body | connections | requests/s (median of $rounds) | × nginx | p50 | p99 | server CPU µs a request (median) | nginx's CPU ÷ this |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
python3 - "$results" <<'PY'
import sys, statistics, collections
runs = collections.OrderedDict()
for line in open(sys.argv[1]):
    label, encoding, c, rps, p50, p99, cpu = line.strip().split('|')
    runs.setdefault((label, encoding, c), []).append((float(rps), p50, p99, float(cpu)))
medians = {key: statistics.median(v[0] for v in values) for key, values in runs.items()}
cpus = {key: statistics.median(v[3] for v in values) for key, values in runs.items()}
for (label, encoding, c), values in runs.items():
    values.sort()
    _, p50, p99, _ = values[len(values) // 2]
    rps = medians[(label, encoding, c)]
    nginx = medians.get(("nginx, static file", encoding, c))
    ratio = f"{rps / nginx:.2f}" if nginx else ""
    cpu = cpus[(label, encoding, c)]
    nginx_cpu = cpus.get(("nginx, static file", encoding, c))
    cpu_ratio = f"{nginx_cpu / cpu:.2f}" if nginx_cpu and cpu else ""
    print(f"| {label} | {encoding} | {c} | {rps:,.0f} | {ratio} | {p50} | {p99} | {cpu:.1f} | {cpu_ratio} |")
PY
