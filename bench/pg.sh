# A throw-away PostgreSQL cluster for the benchmarks (source it): Debian's `postgresql` package,
# no service, no root-owned daemon. pg_start initdbs bench/out/pg-data (or PG_DATA) as the
# `postgres` system user (initdb refuses root), starts it on 127.0.0.1:PG_PORT with its socket in
# the data directory, and creates an empty database per call of pg_newdb. pg_stop stops it; the
# caller traps it on exit. Trust authentication on the loopback only: a benchmark cluster, never a
# server to keep.
#
#   . bench/pg.sh
#   pg_start                      # installs postgresql with apt-get when missing
#   url=$(pg_newdb kiosque_cold)  # jdbc:postgresql://127.0.0.1:PORT/kiosque_cold
#   pg_cpu_ms                     # CPU ms of the cluster so far (all its processes, reaped ones too)
#   pg_stop
#
# Settings: PG_PORT (default 15432), PG_DATA, PG_SHARED_BUFFERS (default 256MB). Durability is
# left as PostgreSQL ships it (fsync, synchronous_commit on): the same as a real server, so an
# import compares with H2's as an operator would see it. PG_OPTS adds server options (-c name=value).
# PG_STATEMENTS=1 loads pg_stat_statements (planning tracked too) and every database pg_newdb
# creates gets the extension: pg_statements_reset DB, then pg_statements DB REQUESTS prints what each
# statement cost per request since the reset (it costs a little CPU of its own: not for a figure).
# PG_KEEP=1 keeps what an earlier run left: pg_start starts an existing PG_DATA as it is, and
# pg_site reuses the database NAME and bench/out/NAME-data when both exist (a 100,000-article
# migrate-db takes minutes). Only for the same H2 directory as that earlier run: nothing checks it.

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$dir" ]; then
    echo "PostgreSQL not found: installing Debian's postgresql" >&2
    apt-get install -y postgresql > /dev/null
    # The package creates and starts a cluster of its own; the benchmarks do not use it.
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$dir"
}

# Runs a PostgreSQL tool as the postgres user when we are root (initdb and postgres refuse root).
pg_as() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PG_PORT=${PG_PORT:-15432}
  PG_DATA=${PG_DATA:-$(pwd)/bench/out/pg-data}
  PG_BIN=$(pg_bin)
  pg_stop_quietly
  if [ -n "${PG_KEEP:-}" ] && [ -f "$PG_DATA/PG_VERSION" ]; then
    pg_run_cluster && echo "PostgreSQL kept: $PG_DATA (PG_KEEP)" >&2
    return
  fi
  rm -rf "$PG_DATA"
  mkdir -p "$PG_DATA"
  [ "$(id -u)" != 0 ] || chown postgres: "$PG_DATA"
  chmod 700 "$PG_DATA"
  # The postgres user must reach the directory: open the path to it for traversal only.
  local d
  d=$(dirname "$PG_DATA")
  while [ "$d" != / ]; do chmod o+x "$d" 2>/dev/null || true; d=$(dirname "$d"); done
  pg_as "$PG_BIN/initdb" -D "$PG_DATA" -U kiosque --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    > "$PG_DATA.initdb.log" 2>&1 || { cat "$PG_DATA.initdb.log" >&2; return 1; }
  pg_run_cluster || return 1
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT, data $PG_DATA" >&2
}

pg_run_cluster() {
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w \
    -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c shared_buffers=${PG_SHARED_BUFFERS:-256MB} -c max_connections=100 $(pg_statements_opts) ${PG_OPTS:-}" \
    start > /dev/null || { tail -20 "$PG_DATA/server.log" >&2; return 1; }
}

pg_stop() {
  [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ] || return 0
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null || true
}

pg_stop_quietly() { pg_stop 2>/dev/null || true; }

# pg_newdb NAME: a fresh, empty database; prints its JDBC URL.
pg_newdb() {
  PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U kiosque -d postgres -q -v ON_ERROR_STOP=1 \
    -c "drop database if exists $1" -c "create database $1" > /dev/null
  [ -z "${PG_STATEMENTS:-}" ] || pg_psql "$1" -c "create extension pg_stat_statements" > /dev/null
  pg_url "$1"
}

pg_psql() {
  local db=$1; shift
  PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U kiosque -d "$db" -q \
    -v ON_ERROR_STOP=1 "$@"
}

pg_statements_opts() {
  [ -z "${PG_STATEMENTS:-}" ] || echo "-c shared_preload_libraries=pg_stat_statements \
    -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on -c track_io_timing=off"
}

pg_statements_reset() { pg_psql "$1" -c "select pg_stat_statements_reset()" > /dev/null; }

# pg_statements DB REQUESTS: a Markdown table of the statements run since pg_statements_reset, in
# every database of the cluster (DB names the one the extension is read from), per request: calls,
# execution and planning time (ms), rows; the costliest first, the text cut to 110 characters.
pg_statements() {
  local n=$2
  pg_psql "$1" -A -t -F'|' -c "
    select calls::numeric / $n, total_exec_time / $n, total_plan_time / $n, plans::numeric / $n,
           rows::numeric / $n, total_exec_time / nullif(calls, 0),
           left(regexp_replace(query, '\s+', ' ', 'g'), 110)
    from pg_stat_statements order by total_exec_time + total_plan_time desc" \
  | awk -F'|' 'BEGIN {
      print "| calls/request | exec ms/request | plan ms/request | plans/request | rows/request | mean exec ms | statement |"
      print "| --- | --- | --- | --- | --- | --- | --- |" }
    { q = $7; for (i = 8; i <= NF; i++) q = q "¦" $i; gsub(/\|/, "¦", q)
      printf "| %.3f | %.4f | %.4f | %.3f | %.2f | %.4f | `%s` |\n", $1, $2, $3, $4, $5, $6, q }'
}

# pg_url NAME: the JDBC URL of database NAME on the benchmark cluster (user kiosque, no password).
pg_url() { echo "jdbc:postgresql://127.0.0.1:${PG_PORT:-15432}/$1"; }

pg_pid() { head -1 "$PG_DATA/postmaster.pid"; }

# CPU time (user + system, ms) of the whole cluster: the postmaster with what it reaped (backends
# that exited are counted in its children's times) plus every live child (backends, walwriter,
# checkpointer, autovacuum). Take it before and after a run; the difference is the database's CPU.
pg_cpu_ms() {
  local pm ticks
  pm=$(pg_pid)
  ticks=$(getconf CLK_TCK)
  {
    sed 's/^.*) //' "/proc/$pm/stat" | awk '{print $12 + $13 + $14 + $15}'
    # A backend may exit between the listing and the reading: skip it (its time moves to the
    # postmaster's reaped children), and never fail the caller's `set -e -o pipefail`.
    for child in $(cat "/proc/$pm/task/$pm/children" 2>/dev/null || true); do
      { sed 's/^.*) //' "/proc/$child/stat" 2>/dev/null || true; } | awk '{print $12 + $13}'
    done
  } | awk -v t="$ticks" '{sum += $1} END {print sum * 1000 / t}'
}

# pg_site JAR H2_DATA_DIR NAME: copies the H2 site of H2_DATA_DIR into a fresh database NAME with
# `kiosque migrate-db` (timed, the time printed on standard error and kept in PG_MIGRATE_MS), and
# prepares bench/out/NAME-data, a copy of the data directory without the H2 database (the search
# index and settings a node keeps for itself), to serve from. Exports KIOSQUE_DB_URL and
# KIOSQUE_DB_USER for the commands that follow and sets PG_SITE_DATA, the data directory to serve
# (not printed: call it outside a command substitution so the exports stay).
pg_site() {
  local jar=$1 from=$2 name=$3 java=${JAVA_HOME:+$JAVA_HOME/bin/}java url started dir
  dir=bench/out/$name-data
  if [ -n "${PG_KEEP:-}" ] && [ -d "$dir" ] \
      && [ "$(pg_psql postgres -A -t -c "select count(*) from pg_database where datname = '$name'")" = 1 ]; then
    echo "migrate-db skipped: database $name and $dir kept (PG_KEEP)" >&2
    export KIOSQUE_DB_URL=$(pg_url "$name") KIOSQUE_DB_USER=kiosque KIOSQUE_DB_PASSWORD=''
    PG_SITE_DATA=$dir
    return
  fi
  url=$(pg_newdb "$name")
  started=$(date +%s%N)
  KIOSQUE_DB_USER=kiosque KIOSQUE_DB_PASSWORD='' "$java" -jar "$jar" migrate-db --no-progress \
    --from "$from" --to "$url" > "bench/out/$name-migrate.log" 2>&1 \
    || { tail -20 "bench/out/$name-migrate.log" >&2; return 1; }
  PG_MIGRATE_MS=$(( ($(date +%s%N) - started) / 1000000 ))
  echo "migrate-db $from -> $url: $PG_MIGRATE_MS ms (JVM start included)" >&2
  # A bulk copy leaves the planner without statistics and autovacuum about to work through every
  # table during the first runs (its CPU would be counted as the pages'): do it now, as an operator
  # would after a migration.
  started=$(date +%s%N)
  "$PG_BIN/vacuumdb" -h 127.0.0.1 -p "$PG_PORT" -U kiosque -d "$name" --analyze -q
  echo "vacuumdb --analyze: $(( ($(date +%s%N) - started) / 1000000 )) ms" >&2
  rm -rf "$dir"
  mkdir -p "$dir"
  for f in "$from"/* "$from"/.[!.]*; do
    [ -e "$f" ] || continue
    case $(basename "$f") in kiosque.mv.db|kiosque.trace.db|*.lock.db) ;; *) cp -r "$f" "$dir/" ;; esac
  done
  export KIOSQUE_DB_URL=$url KIOSQUE_DB_USER=kiosque KIOSQUE_DB_PASSWORD=''
  PG_SITE_DATA=$dir
}
