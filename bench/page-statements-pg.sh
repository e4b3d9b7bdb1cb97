#!/usr/bin/env bash
# What the article page's reads cost PostgreSQL itself, before and after migration V740 (session
# 18): pgbench sends each form for a few seconds on one connection, prepared, in a pipeline (one
# Sync, as pgJDBC sends the page's statements), over 2,000 articles spread across the site; the
# forms alternate, and each pair of runs is compared on its own (this machine's CPU drifts by 10 to
# 25 % over tens of seconds). The CPU counted is the cluster's processes' (autovacuum is turned off
# for the run: a worker reaped during a window would be counted in it).
#
#   bench/page-statements-pg.sh [PAIRS] [SECONDS]
#
# Uses the database bench/cold.sh DB=pg and bench/article-both.sh leave (kiosque_cold, kept with
# PG_KEEP=1), migrated to V740 by a node of this version. The forms:
#   three  the three statements the page sent before: the article with its section and lead image;
#          its authors and topics through the link tables; its lists' first items from their rows
#   one    the one statement it sends now (content.WholeArticleRead's PAGE_ARTICLE with
#          related.RelatedListStore's FIRST_ITEMS_COLUMNS and FIRST_ITEMS_JOIN)
# Prints each pair's µs of PostgreSQL CPU a page, then the medians and the median of one/three.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/pg.sh
pairs=${1:-10}
seconds=${2:-3}
db=kiosque_cold
export PG_KEEP=1
pg_start
trap 'pg_psql postgres -q -c "alter system reset autovacuum" -c "select pg_reload_conf()" > /dev/null; pg_stop' EXIT
[ "$(pg_psql postgres -A -t -c "select count(*) from pg_database where datname = '$db'")" = 1 ] \
  || { echo "No database $db: run bench/article-both.sh (or bench/cold.sh DB=pg) first" >&2; exit 2; }
[ "$(pg_psql "$db" -A -t -c "select count(*) from information_schema.columns where column_name = 'first_further'")" = 1 ] \
  || { echo "$db is not migrated to V740: start a node of this version on it once" >&2; exit 2; }
pg_psql postgres -q -c "alter system set autovacuum = off" -c "select pg_reload_conf()" > /dev/null
pg_psql "$db" -q -c "vacuum analyze" > /dev/null

dir=bench/out/page-statements
mkdir -p "$dir"
cols="a.id, a.external_id, a.slug, a.title, a.summary, a.body_html, a.body_text, a.section_id, a.status,
  a.published_at, a.created_at, a.updated_at, a.source_name, a.source_url, a.version,
  a.kicker, a.seo_title, a.seo_description, a.social_title, a.social_media_id, a.correction, a.corrected_at,
  s.name as section_name, s.slug as section_slug, s.description as section_description,
  m.id as media_id, m.width, m.height, m.alt_text, m.credit, m.crop_version"
joins="from article a left join section s on s.id = a.section_id left join media m on m.id = a.lead_media_id"
max=$(pg_psql "$db" -A -t -c "select max(id) from article")
pick="\\set id 1 + (random(0, 1999) * $max / 2000)"
cat > "$dir/three.sql" <<SQL
$pick
\\startpipeline
select $cols $joins where a.id = :id;
select * from (
  select 1 as part, aa.position, au.id, au.slug, au.byline, au.full_name, au.bio
  from article_author aa join author au on au.id = aa.author_id where aa.article_id = :id
  union all
  select 2, tp.position, t.id, t.slug, t.name, null, t.description
  from article_topic tp join topic t on t.id = tp.topic_id where tp.article_id = :id
) listed order by part, position;
select coalesce(st.changed_at, st.computed_at) as changed_at, r.list_kind, r.related_id
from related_list_state st
left join related_item r on r.article_id = st.article_id
  and r.position < case when r.list_kind = 'further' then 4 else 10 end
where st.article_id = :id
order by r.list_kind, r.position;
\\endpipeline
SQL
cat > "$dir/one.sql" <<SQL
$pick
\\startpipeline
select $cols, a.author_ids, a.topic_ids,
  coalesce(st.changed_at, st.computed_at), st.article_id, st.first_further, st.first_recommended
$joins left join related_list_state st on st.article_id = a.id
where a.id = :id;
\\endpipeline
SQL

# µs of the cluster's CPU a transaction for one form; the backend's time reaches the postmaster's
# children's once it has exited and been reaped, hence the pause.
run() {
  local before after n
  before=$(pg_cpu_ms)
  n=$("$PG_BIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U kiosque -n -M prepared -c 1 -T "$seconds" -f "$dir/$1.sql" "$db" 2>&1 \
    | awk '/number of transactions actually processed/ {split($NF, x, "/"); print x[1]}')
  sleep 0.5
  after=$(pg_cpu_ms)
  awk -v a="$before" -v b="$after" -v n="$n" 'BEGIN {printf "%.1f", (b - a) * 1000 / n}'
}

run three > /dev/null; run one > /dev/null # warm both: the 2,000 articles' pages in shared buffers
echo "pair  three µs  one µs  one/three"
for i in $(seq "$pairs"); do
  t=$(run three); o=$(run one)
  echo "$i $t $o" | awk '{printf "%4d  %8s  %6s  %.3f\n", $1, $2, $3, $3 / $2}'
done | tee "$dir/pairs.txt"
python3 - "$dir/pairs.txt" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
three = [float(r[1]) for r in rows]; one = [float(r[2]) for r in rows]; ratio = [float(r[3]) for r in rows]
print(f"median: three {statistics.median(three):.1f} µs, one {statistics.median(one):.1f} µs; "
      f"one/three {statistics.median(ratio):.3f} (pairs {min(ratio):.3f} to {max(ratio):.3f})")
PY
