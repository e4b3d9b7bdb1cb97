#!/usr/bin/env bash
# The hot (cached) article page against nginx serving the same bytes as a static file, measured
# alternately in one run, plain and with Accept-Encoding: gzip (nginx compressing on the fly).
#
#   bench/hot.sh [DURATION_SECONDS] [ROUNDS] [CONNECTIONS...]
#
# Defaults: 10 s per run, 3 rounds, 32 and 128 connections. Needs wrk and nginx
# (apt-get install wrk nginx) and target/kiosque.jar (mvn -B -q package -DskipTests).
# Serves the demo site from bench/out/hot-data; prints every run, then the medians as Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

duration="${1:-10}"
rounds="${2:-3}"
shift $(( $# > 2 ? 2 : $# )) || true
connections=("${@:-32 128}")
[ ${#connections[@]} -eq 1 ] && read -r -a connections <<< "${connections[0]}"
kport=18090
nport=18091
out=bench/out
data="$out/hot-data"
root="$out/nginx-root"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install nginx" >&2; exit 2; }
[ -f target/kiosque.jar ] || mvn -B -q package -DskipTests
mkdir -p "$out" "$root"
cp "${KIOSQUE_JAR:-target/kiosque.jar}" "$out/kiosque-hot.jar"

"$java" -Xmx512m ${KIOSQUE_JAVA_OPTS:-} -jar "$out/kiosque-hot.jar" serve --data "$data" --port "$kport" --demo \
  > "$out/hot-server.log" 2>&1 &
server=$!
cat > "$out/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$out/nginx.pid;
error_log $PWD/$out/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  # nginx's defaults: level 1, text/html only; the same headers a CDN would vary on.
  gzip on;
  gzip_vary on;
  server {
    listen 127.0.0.1:$nport;
    root $PWD/$root;
  }
}
NGINX
/usr/sbin/nginx -c "$PWD/$out/nginx.conf" &
nginx=$!
trap 'kill $server $nginx 2>/dev/null || true' EXIT
for _ in $(seq 1 150); do curl -sf -o /dev/null "http://localhost:$kport/" && break; sleep 0.2; done

article=$(curl -s "http://localhost:$kport/" | grep -o 'href="/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/[^"]*"' | head -1 \
  | sed 's/href="//; s/"$//')
curl -s "http://localhost:$kport$article" -o "$root/article.html"
echo "Article $article: $(wc -c < "$root/article.html") bytes," \
  "gzip from Kiosque $(curl -s -H 'Accept-Encoding: gzip' "http://localhost:$kport$article" | wc -c) bytes," \
  "from nginx $(curl -s -H 'Accept-Encoding: gzip' "http://localhost:$nport/article.html" | wc -c) bytes" >&2

gz=(-H "Accept-Encoding: gzip")
wrk -t1 -c32 -d5s "http://localhost:$kport$article" > /dev/null
wrk -t1 -c32 -d5s "${gz[@]}" "http://localhost:$kport$article" > /dev/null
wrk -t1 -c32 -d3s "http://localhost:$nport/article.html" > /dev/null

results="$out/hot-results.txt"
: > "$results"
for round in $(seq 1 "$rounds"); do
  for c in "${connections[@]}"; do
    wrk_run "$results" "nginx, static file" "$c" "$duration" "http://localhost:$nport/article.html"
    wrk_run "$results" "Kiosque, cached page" "$c" "$duration" "http://localhost:$kport$article"
    wrk_run "$results" "nginx, gzip on the fly" "$c" "$duration" "${gz[@]}" "http://localhost:$nport/article.html"
    wrk_run "$results" "Kiosque, cached gzip" "$c" "$duration" "${gz[@]}" "http://localhost:$kport$article"
  done
done

median_table "$results" "$rounds"
