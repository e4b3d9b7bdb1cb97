#!/usr/bin/env bash
# Whether two jars serve the same bytes, plain and gzip, for the pages other than articles: home
# (and its page 3), a section (and its page 50), a topic, an author, a month's archive, the site's
# RSS and Atom, the section's Atom, the topic's and author's RSS, the sitemap index, a monthly
# sitemap, the news, sections, topics and authors sitemaps and robots.txt. Each jar serves DATA_DIR
# in turn on the same port (the absolute addresses in the pages carry it), page cache off; the
# addresses are found through the first jar's sitemaps and pages. Exits 1 on any difference.
# (bench/same-pages.sh does the same for article pages.)
#
#   bench/same-listings.sh DATA_DIR JAR_A JAR_B
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
out=bench/out
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${PORT:-18154}
base="http://localhost:$port"
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true' EXIT
paths=()
side=0
for jar in "$2" "$3"; do
  side=$((side + 1))
  rm -rf "$out/same-listings-$side" && mkdir -p "$out/same-listings-$side"
  rm -f "$data/kiosque.lock.db"
  KIOSQUE_CACHE_MB=0 "$java" @deploy/jvm.options -jar "$jar" serve --data "$data" --port "$port" \
    > "$out/same-listings-server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "$base/"; do
    kill -0 "$server" 2>/dev/null || { tail -5 "$out/same-listings-server.log" >&2; exit 1; }
    sleep 0.2
  done
  if [ ${#paths[@]} = 0 ]; then
    month=$(curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*articles-[^<]*</loc>' | sed 's/<[^>]*>//g; s|^https\?://[^/]*||' \
      | awk '{ months[NR] = $0 } END { print months[int(NR / 2) + 1] }')
    article=$(curl -s "$base$month" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^https\?://[^/]*||' | sed -n 1p)
    page=$(curl -s "$base$article")
    link() { grep -o "href=\"/$1/[^\"]*\"" <<< "$page" | sed -n 1p | sed 's/href="//; s/"$//'; }
    section=$(link rubrique)
    topic=$(link sujet)
    author=$(link auteur)
    archive=$(sed 's|.*/articles-\([0-9]*\)-\([0-9]*\)\.xml|/\1/\2/|' <<< "$month")
    paths=(/ "/?page=3" "$section" "$section?page=50" "$topic" "$author" "$archive" /rss.xml /atom.xml
      "$section/atom.xml" "$topic/rss.xml" "$author/rss.xml" /sitemap.xml "$month" /sitemaps/news.xml
      /sitemaps/rubriques.xml /sitemaps/sujets.xml /sitemaps/auteurs.xml /robots.txt)
  fi
  n=0
  for path in "${paths[@]}"; do
    n=$((n + 1))
    curl -s -o "$out/same-listings-$side/$n.plain" "$base$path"
    curl -s -H 'Accept-Encoding: gzip' "$base$path" | { gunzip -c 2>/dev/null || true; } > "$out/same-listings-$side/$n.gzip"
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
done
differ=0
n=0
for path in "${paths[@]}"; do
  n=$((n + 1))
  if cmp -s "$out/same-listings-1/$n.plain" "$out/same-listings-2/$n.plain" \
    && cmp -s "$out/same-listings-1/$n.gzip" "$out/same-listings-2/$n.gzip"; then
    echo "same      $path ($(wc -c < "$out/same-listings-1/$n.plain") bytes)"
  else
    echo "DIFFERENT $path"
    differ=1
  fi
done
exit $differ
