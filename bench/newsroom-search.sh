#!/usr/bin/env bash
# Newsroom article list benchmark (desk, issue 13): a corpus of N articles in every status, the
# server started on it, an editor logged in, then p50/p95/p99 of a fixed mix of list queries (words
# with accents and elisions, status, section, author, topic, date range, sorts, deep pages) through
# HTTP with wrk; then the same queries in one JVM with their CPU time (DeskBenchmark: the archive
# index plus rows, and the database alone). Results go to docs/benchmarks.md under "Newsroom
# article list" (by hand).
#
#   bench/newsroom-search.sh [ARTICLES] [WORKDIR]     defaults: 100000 /tmp/kiosque-bench
#
# Needs JAVA_HOME pointing at a JDK 21+, python3, curl and wrk. The first run makes the corpus
# (../shared/tools/expand-corpus.py, then a status given to some articles: about a quarter drafts,
# 1 in 29 unpublished; the import takes no other status) and imports it into WORKDIR/desk-data-N;
# later runs reuse it.
# DURATION (default 20s) and CONNECTIONS (default 4) set each wrk run; PORT (default 18715);
# SHARED (default ../shared) is the shared tools and data directory (a worktree elsewhere sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES=${1:-100000}
WORK=${2:-/tmp/kiosque-bench}
DATA="$WORK/desk-data-$ARTICLES"
CORPUS="$WORK/corpus-$ARTICLES.jsonl"
DESK_CORPUS="$WORK/desk-corpus-$ARTICLES.jsonl"
PORT=${PORT:-18715}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-4}
JAVA=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
JAVA_OPTS=(-Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector
  -Dlogback.configurationFile=bench/logback.xml)
EMAIL=bench-desk@example.ma
PASSWORD_FILE="$WORK/desk-password"

mkdir -p "$WORK"
SHARED=${SHARED:-../shared}
[ -s "$CORPUS" ] || python3 "$SHARED/tools/expand-corpus.py" --articles "$ARTICLES" > "$CORPUS"
if [ ! -s "$DESK_CORPUS" ]; then
  # Statuses the import takes, deterministically: 1 in 5 plus 1 in 13 drafts, 1 in 29 unpublished.
  python3 - "$CORPUS" "$DESK_CORPUS" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8") as out:
    for n, line in enumerate(src):
        a = json.loads(line)
        a["status"] = "draft" if n % 5 == 1 or n % 13 == 2 else "unpublished" if n % 29 == 3 else "published"
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
PY
fi

[ -f target/kiosque.jar ] && [ -z "${REBUILD:-}" ] || mvn -B -q package -DskipTests
[ -f target/test-classes/kiosque/newsroom/editor/DeskBenchmark.class ] && [ -f target/bench-classpath.txt ] \
  && [ -z "${REBUILD:-}" ] || mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

if [ ! -d "$DATA" ]; then
  echo "== kiosque import ($ARTICLES articles, once)"
  "$JAVA" "${JAVA_OPTS[@]}" -jar target/kiosque.jar import --data "$DATA" "$DESK_CORPUS"
fi
if [ ! -f "$DATA/.bench-editor" ]; then
  echo "un mot de passe de banc d'essai" > "$PASSWORD_FILE"
  "$JAVA" "${JAVA_OPTS[@]}" -jar target/kiosque.jar user add --data "$DATA" --role editor \
    --password-file "$PASSWORD_FILE" "$EMAIL"
  touch "$DATA/.bench-editor"
fi

echo "== serve on port $PORT"
"$JAVA" "${JAVA_OPTS[@]}" -jar target/kiosque.jar serve --data "$DATA" --port "$PORT" > "$WORK/desk-serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
BASE="http://localhost:$PORT"
JAR="$WORK/desk-cookies.txt"
rm -f "$JAR"
until curl -fs "$BASE/health" > /dev/null; do sleep 1; done

echo "== log in"
TOKEN=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/redaction/connexion" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$TOKEN" --data-urlencode "email=$EMAIL" \
  --data-urlencode "password=$(head -1 "$PASSWORD_FILE")" --data-urlencode "suite=/redaction" "$BASE/redaction/connexion"
COOKIE=$(awk -F'\t' '!/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 } /^#HttpOnly_/ { sub("#HttpOnly_", "", $1); printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")

echo "== wait for the archive index (built in the background at the first start)"
# A failed request (a timeout on a loaded machine) must not pass for "built": wait for a page without the notice.
until page=$(curl -fs -m 60 -H "Cookie: $COOKIE" "$BASE/redaction/articles") && ! grep -q 'desk-rebuilding' <<< "$page"; do
  sleep 5
done

# The mix: what a desk asks all day. Names are taken from the corpus so filters find something.
SECTION=$(python3 -c "import json,sys,collections; c=collections.Counter(json.loads(l).get('section') or '' for l in open(sys.argv[1], encoding='utf-8')); print(c.most_common(1)[0][0])" "$DESK_CORPUS")
TOPIC=$(python3 -c "import json,sys,collections; c=collections.Counter(t for l in open(sys.argv[1], encoding='utf-8') for t in json.loads(l).get('tags', [])); print(c.most_common(5)[4][0])" "$DESK_CORPUS")
enc() { python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))" "$1"; }
PATHS="$WORK/desk-paths.txt"
cat > "$PATHS" <<PATHS_END
/redaction/articles
/redaction/articles?statut=draft
/redaction/articles?q=gouvernement
/redaction/articles?q=$(enc "l'économie")&statut=published
/redaction/articles?q=$(enc "élection présidentielle")&tri=modification
/redaction/articles?rubrique=$(enc "$SECTION")&tri=publication
/redaction/articles?auteur=A.K&statut=draft
/redaction/articles?sujet=$(enc "$TOPIC")&du=2020-01-01&au=2022-12-31
/redaction/articles?q=football&page=3
/redaction/articles?du=2024-01-01&au=2024-06-30&tri=publication&page=2
/redaction/articles?q=$(enc "santé")&rubrique=$(enc "$SECTION")&statut=draft
/redaction/articles?statut=unpublished&page=5
PATHS_END
LUA="$WORK/desk.lua"
cat > "$LUA" <<LUA_END
local paths = {}
for line in io.lines("$PATHS") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i], { ["Cookie"] = "$COOKIE" })
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d)\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
  io.write(string.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA_END

echo "== each query once (status, rows found)"
while read -r path; do
  printf '%s  ' "$(curl -s -o "$WORK/desk-page.html" -w '%{http_code} %{time_total}s' -H "Cookie: $COOKIE" "$BASE$path")"
  printf '%s  %s\n' "$(grep -o 'desk-count">[^<]*' "$WORK/desk-page.html" | cut -d'>' -f2)" "$path"
done < "$PATHS"

echo "== warm-up"
wrk -t1 -c"$CONNECTIONS" -d10s --timeout 10s -s "$LUA" "$BASE" > /dev/null
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== wrk -t1 -c1 -d$DURATION (one editor at a time)"
wrk -t1 -c1 -d"$DURATION" --timeout 10s -s "$LUA" "$BASE" | tail -2
echo "== wrk -t1 -c$CONNECTIONS -d$DURATION"
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$LUA" "$BASE" | tail -2
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== in one JVM, wall and CPU time (the server stopped: it holds the index and the database)"
kill $SERVER; wait $SERVER 2>/dev/null || true
trap - EXIT
"$JAVA" "${JAVA_OPTS[@]}" -cp "$CP" kiosque.newsroom.editor.DeskBenchmark --data "$DATA" --rounds "${ROUNDS:-20}" \
  --section "$SECTION" --topic "$TOPIC"
