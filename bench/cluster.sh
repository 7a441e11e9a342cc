#!/usr/bin/env bash
# Several nodes on one PostgreSQL (issue 15): what a `serve` node costs the database, and the import on PostgreSQL
# next to SQLite. Everything on loopback, in a temporary directory deleted on exit.
#
# What it does:
#   1. Starts Debian's PostgreSQL (${PG_BIN}, default the newest under /usr/lib/postgresql) in the temporary
#      directory: initdb, then the server on a free port, listening on 127.0.0.1 only, with shared_buffers=1GB,
#      durability settings left at their defaults (fsync, synchronous_commit on) and pg_stat_statements loaded
#      through shared_preload_libraries, to count the statements (and their execution time) per page. When the
#      library cannot be loaded it starts without it and counts the statements in the server's log instead
#      (log_statement=all; no execution times then). PostgreSQL refuses to run as root: as root, initdb and the
#      server run as the `postgres` user (setpriv), as the tests do (TestPostgres).
#   2. The site: the demo site plus ${ARTICLES} (default 20000) generated articles (`newsdesk demo`) in SQLite, or
#      the existing data directory DATA=<dir> (only read), copied with `newsdesk db copy --to postgresql://…`.
#   3. Three `serve` nodes (separate JVMs, -Xmx${NODE_HEAP}, --no-demo --no-import: pages only) on that one
#      database, each with its own data directory (search index) and the site's media directory shared; the
#      script waits until every node has built its search index. Then ${IDLE} s (default 10) with nothing asked:
#      the database's CPU and statements that idle nodes cost (each node polls for changes every second).
#   4. For each node count in ${NODES} (default "1 2 3"): nginx (Debian's, one worker) in front of the first N
#      nodes, round robin with keep-alive upstream connections (the documented deployment routes by client
#      address, `hash $remote_addr consistent`; wrk is one client, so that would send everything to one node),
#      and wrk -t1 -c${CONNECTIONS} for ${WARMUP} (discarded) then ${DURATION} against
#        cached:   one article page (after the first request each node serves it from its page cache)
#        uncached: distinct article pages in random order (bench/random-paths.lua over every article URL of the
#                  sitemaps; the page cache holds ~1,700 article pages, so nearly every request renders its page
#                  and asks the database)
#      Reported per run: requests/s and p99; CPU in % of one core of each node, nginx, PostgreSQL (the postmaster
#      and all its backends, including those reaped during the run), wrk and every other process ("others":
#      more than ~10 % means the shared machine disturbed the run); per page: the nodes' CPU, the database's CPU,
#      the statements the nodes ran and their execution time inside PostgreSQL (pg_stat_statements, reset before
#      each measured run; the idle nodes' polling is included: see the idle line).
#   5. The import: `newsdesk bench ingest-outlets` serves ${FEEDS} (default 50) outlets x ${ITEMS} (default 200)
#      articles (as bench/ingest.sh), and `newsdesk import --once --workers ${WORKERS}` (-Xmx${HEAP}) fills a fresh
#      SQLite data directory and a fresh PostgreSQL database from them, one after the other, with the page nodes
#      stopped. Reported: articles stored, wall time, articles/s, the importer's, the outlets' and PostgreSQL's
#      CPU, and the statements per article on PostgreSQL.
#
# On this 2-core machine wrk, nginx, the nodes and PostgreSQL share two cores, so requests/s cannot grow with the
# nodes; the point is the cost per page and per node, from which the capacity of a real deployment is worked out.
#
# Usage (from the repository root): bench/cluster.sh
# Environment: ARTICLES=20000 DATA= NODES="1 2 3" DURATION=20s WARMUP=5s CONNECTIONS=64 IDLE=10 NODE_HEAP=512m
#   FEEDS=50 ITEMS=200 WORKERS=4 HEAP=512m PG_BIN=/usr/lib/postgresql/<newest>/bin KEEP=0 SKIP_IMPORT=0 SKIP_PAGES=0
# Exits non-zero only when the setup fails or an import did not store every article; never because of the speed.
set -euo pipefail

ARTICLES=${ARTICLES:-20000}
DATA=${DATA:-}
NODES=${NODES:-"1 2 3"}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
IDLE=${IDLE:-10}
NODE_HEAP=${NODE_HEAP:-512m}
FEEDS=${FEEDS:-50}
ITEMS=${ITEMS:-200}
WORKERS=${WORKERS:-4}
HEAP=${HEAP:-512m}
KEEP=${KEEP:-0}
SKIP_IMPORT=${SKIP_IMPORT:-0}
SKIP_PAGES=${SKIP_PAGES:-0}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

die() { echo "bench/cluster.sh: $*" >&2; exit 1; }
# shellcheck source=lib.sh
. "$root/bench/lib.sh"   # free_port, machine_ticks, proc_ticks, children_ticks, wait_for

max_nodes=0
for n in $NODES; do [ "$n" -gt "$max_nodes" ] && max_nodes=$n; done
[ "$SKIP_PAGES" = 1 ] && max_nodes=0

# --- tools ------------------------------------------------------------------------------------------
command -v wrk >/dev/null 2>&1 || die "needs wrk (apt-get install wrk)"
command -v curl >/dev/null 2>&1 || die "needs curl"
NGINX=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || die "needs nginx (apt-get install nginx)"
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "needs PostgreSQL's server binaries (apt-get install postgresql), or PG_BIN=<dir of initdb>"
./newsdesk --version >/dev/null || die "building the application failed"
./newsdesk bench --version >/dev/null || die "building the bench module failed"

# --- temporary directory and clean-up ----------------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-cluster-bench.XXXXXX")
chmod 755 "$tmp"   # nginx's workers and the postgres user must reach their files under it
node_pids=()
nginx_pid=""
outlets_pid=""
pg_data="$tmp/pg/data"
pg_started=0

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=postgres --regid=postgres --clear-groups "$@"; else "$@"; fi
}
stop_pid() {   # PID [signal]: stop one process this script started and wait for it
  if [ -n "$1" ] && kill -0 "$1" 2>/dev/null; then
    kill "-${2:-TERM}" "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
  fi
}
cleanup() {
  local rc=$? pid
  for pid in "${node_pids[@]}"; do stop_pid "$pid"; done
  stop_pid "$nginx_pid" QUIT
  stop_pid "$outlets_pid"
  if [ "$pg_started" = 1 ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ "$KEEP" = 1 ]; then
    echo "bench/cluster.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


# --- 1. PostgreSQL ---------------------------------------------------------------------------------------
mkdir -p "$tmp/pg"
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$tmp/pg"
pg_port=$(free_port) || die "no free port"
echo "== PostgreSQL ($PG_BIN) on 127.0.0.1:$pg_port…" >&2
as_postgres "$PG_BIN/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 \
  || die "initdb failed: $(tail -n 20 "$tmp/initdb.log")"
pg_opts="-p $pg_port -k $tmp/pg -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=1GB"
pg_log="$tmp/pg/server.log"
stats=pgss
if ! as_postgres "$PG_BIN/pg_ctl" -D "$pg_data" -w -t 60 -l "$pg_log" \
      -o "$pg_opts -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all" start >/dev/null 2>&1; then
  echo "   pg_stat_statements could not be loaded; counting statements in the server's log instead" >&2
  stats=log
  as_postgres "$PG_BIN/pg_ctl" -D "$pg_data" -w -t 60 -l "$pg_log" \
    -o "$pg_opts -c log_statement=all -c log_line_prefix=%d|" start >/dev/null 2>&1 || die "PostgreSQL did not start: $(tail -n 20 "$pg_log")"
fi
pg_started=1
pg_pid=$(head -n 1 "$pg_data/postmaster.pid")
pg_url="postgresql://postgres@127.0.0.1:$pg_port"
psql_at() { "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U postgres -d "$1" -c "$2"; }
[ "$stats" = pgss ] && psql_at postgres "CREATE EXTENSION pg_stat_statements" >/dev/null

# CPU of the whole server: the postmaster, its live children (backends, background workers) and the children it
# has reaped (cutime + cstime: backends that ended).
pg_ticks() {
  local kids own
  kids=$(proc_ticks $(pgrep -P "$pg_pid" | tr '\n' ' '))
  own=$(sed 's/^.*) //' "/proc/$pg_pid/stat" | awk '{print $12 + $13 + $14 + $15}')
  echo $(( kids + own ))
}
# Statements run in database DB since the last reset: "calls exec-ms" (exec-ms "n/a" when counted from the log).
pg_reset() {
  if [ "$stats" = pgss ]; then psql_at postgres "SELECT pg_stat_statements_reset()" >/dev/null; else stat -c %s "$pg_log" >"$tmp/pg-log-offset"; fi
}
pg_calls() {
  if [ "$stats" = pgss ]; then
    psql_at postgres "SELECT coalesce(sum(calls), 0) || ' ' || round(coalesce(sum(total_exec_time), 0)::numeric, 1)
                      FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$1')"
  else
    echo "$(tail -c +"$(( $(cat "$tmp/pg-log-offset") + 1 ))" "$pg_log" | grep -cE "^$1\|.*LOG: +(statement|execute)") n/a"
  fi
}

# The statements most called in DB since the last reset, with their calls divided by DIVISOR (pg_stat_statements only).
pg_top() {
  [ "$stats" = pgss ] || return 0
  psql_at postgres "SELECT to_char(calls / $2::numeric, 'FM999990.00') || '  ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110)
                    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$1')
                    ORDER BY calls DESC LIMIT $3"
}

# --- 2. the outlets (started now: they generate their pages while the site is made) -------------------------
if [ "$SKIP_IMPORT" != 1 ]; then
  out_port=$(free_port) || die "no free port"
  echo "== Generating and serving $FEEDS outlets x $ITEMS articles on loopback port $out_port…" >&2
  NEWSDESK_JAVA_OPTS="-Xmx1g" ./newsdesk bench ingest-outlets --feeds "$FEEDS" --items "$ITEMS" --port "$out_port" \
    --opml "$tmp/sources.opml" >"$tmp/outlets.log" 2>&1 &
  outlets_pid=$!   # the launcher execs java, so this is the JVM
fi

# --- 3. the site on PostgreSQL, and the nodes ----------------------------------------------------------
if [ "$max_nodes" -gt 0 ]; then
  if [ -n "$DATA" ]; then
    [ -f "$DATA/newsdesk.db" ] || die "DATA=$DATA holds no newsdesk.db"
    site="$DATA"
  else
    site="$tmp/site"
    echo "== Filling $site with the demo site and $ARTICLES generated articles…" >&2
    ./newsdesk demo --data "$site" --articles "$ARTICLES" >"$tmp/demo.log" 2>&1 || die "newsdesk demo failed: $(tail -n 20 "$tmp/demo.log")"
  fi
  psql_at postgres "CREATE DATABASE site" >/dev/null
  echo "== newsdesk db copy --to $pg_url/site…" >&2
  t0=$(date +%s%N)
  ./newsdesk db copy --data "$site" --to "$pg_url/site" >"$tmp/copy.log" 2>&1 || die "db copy failed: $(tail -n 20 "$tmp/copy.log")"
  copy_s=$(awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
  site_articles=$(psql_at site "SELECT count(*) FROM articles")

  ports=()
  for i in $(seq 1 "$max_nodes"); do
    ports+=("$(free_port)") || die "no free port"
    mkdir -p "$tmp/node$i"
    echo "== Starting node $i on 127.0.0.1:${ports[$((i - 1))]}…" >&2
    NEWSDESK_DATABASE_URL="$pg_url/site" NEWSDESK_NODE_ID="node-$i" NEWSDESK_MEDIA_DIR="$site/media" \
      NEWSDESK_TRUSTED_PROXIES=127.0.0.1 NEWSDESK_JAVA_OPTS="-Xmx$NODE_HEAP" \
      ./newsdesk serve --no-demo --no-import --host 127.0.0.1 --port "${ports[$((i - 1))]}" --data "$tmp/node$i" \
      >"$tmp/node$i.log" 2>&1 &
    node_pids+=($!)
  done
  for i in $(seq 1 "$max_nodes"); do
    wait_for "http://127.0.0.1:${ports[$((i - 1))]}/" "${node_pids[$((i - 1))]}" "node$i" 300
  done
  echo "== Waiting for every node's search index…" >&2
  for i in $(seq 1 "$max_nodes"); do
    for t in $(seq 1 1800); do
      grep -q 'search index built' "$tmp/node$i.log" && break
      kill -0 "${node_pids[$((i - 1))]}" 2>/dev/null || die "node $i ended: $(tail -n 40 "$tmp/node$i.log")"
      sleep 1
    done
    grep -o 'search index built.*' "$tmp/node$i.log" | sed "s/^/   node $i: /" >&2 || die "node $i built no search index within 30 min"
  done

  n1="http://127.0.0.1:${ports[0]}"
  article_path=$(curl -fsS "$n1/" | grep -o 'href="/article/[^"?#]*"' | head -n 1 | sed 's/^href="//; s/"$//') || true
  [ -n "$article_path" ] || die "found no /article/ link on the home page"
  for sm in $(curl -fsS "$n1/sitemap.xml" | grep -o '/sitemaps/articles-[0-9]*\.xml'); do
    curl -fsS "$n1$sm" | grep -o '<loc>[^<]*</loc>' | sed 's|<loc>[a-z]*://[^/]*||; s|</loc>||'
  done >"$tmp/paths.txt"
  [ -s "$tmp/paths.txt" ] || die "the sitemaps listed no articles"
fi

# --- 4. the page runs ----------------------------------------------------------------------------------------
ngx_port=$(free_port) || die "no free port"
mkdir -p "$tmp/nginx"
start_nginx() {   # N: nginx in front of the first N nodes
  local n=$1 i servers=""
  for i in $(seq 1 "$n"); do servers="$servers    server 127.0.0.1:${ports[$((i - 1))]};"$'\n'; done
  # worker_processes 1 and keepalive_requests as in bench/http.sh (wrk -t1 needs a core of its own)
  cat >"$tmp/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_timeout 75s;
  keepalive_requests 1000000;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  upstream newsdesk {
$servers    keepalive 64;
    keepalive_requests 1000000;
  }
  server {
    listen 127.0.0.1:$ngx_port;
    location / {
      proxy_pass http://newsdesk;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
EOF
  "$NGINX" -p "$tmp/nginx" -e "$tmp/nginx.log" -c "$tmp/nginx.conf" >>"$tmp/nginx.log" 2>&1 &
  nginx_pid=$!
  wait_for "http://127.0.0.1:$ngx_port/" "$nginx_pid" nginx
}

# cpu_shares M0 M1 TICKS...: each TICKS as % of one core over the interval between machine_ticks M0 and M1,
# then "others" (the machine's busy time less all the TICKS).
cpu_shares() {
  local m0=$1 m1=$2; shift 2
  awk -v m0="$m0" -v m1="$m1" -v n="$(nproc)" -v t="$*" 'BEGIN {
    split(m0, a, " "); split(m1, b, " "); busy = b[1] - a[1]; all = b[2] - a[2]; if (all <= 0) all = 1
    k = 100 * n / all; c = split(t, x, " "); s = 0
    for (i = 1; i <= c; i++) { printf "%.0f ", x[i] * k; s += x[i] }
    o = busy - s; if (o < 0) o = 0; printf "%.0f\n", o * k
  }'
}
hz=$(getconf CLK_TCK)
rows=()
idle_row=""
# run N NAME URL: warm-up (discarded), then the measured run; appends a row to rows.
run() {
  local n=$1 name=$2 url=$3 m0 m1 w0 w1 p0 p1 x0 x1 c0 c1 i reqs
  local -a t0 t1 d
  echo "== $n node(s), $name: warm-up $WARMUP, then $DURATION" >&2
  wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "${wrk_script[@]}" "$url" >/dev/null 2>&1 || die "wrk failed against $url"
  pg_reset
  m0=$(machine_ticks); p0=$(pg_ticks); x0=$(proc_ticks "$nginx_pid" $(pgrep -P "$nginx_pid" | tr '\n' ' ')); c0=$(children_ticks)
  t0=(); for i in "${node_pids[@]}"; do t0+=("$(proc_ticks "$i")"); done
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "${wrk_script[@]}" "$url" >"$tmp/wrk-$n-$name.txt" 2>&1 || die "wrk failed against $url"
  m1=$(machine_ticks); p1=$(pg_ticks); x1=$(proc_ticks "$nginx_pid" $(pgrep -P "$nginx_pid" | tr '\n' ' ')); c1=$(children_ticks)
  t1=(); for i in "${node_pids[@]}"; do t1+=("$(proc_ticks "$i")"); done
  read -r calls exec_ms <<<"$(pg_calls site)"
  pg_top site "$(awk '/requests in/ {print $1}' "$tmp/wrk-$n-$name.txt")" 10 >"$tmp/top-$n-$name.txt"
  d=(); for i in "${!t0[@]}"; do d+=($(( t1[i] - t0[i] ))); done
  reqs=$(awk '/requests in/ {print $1}' "$tmp/wrk-$n-$name.txt")
  local nodes_ticks=0; for i in "${d[@]}"; do nodes_ticks=$(( nodes_ticks + i )); done
  # columns: nodes target req/s p99 | CPU %: node1..nodeK nginx postgres wrk others | per page: nodes ms, pg ms, calls, exec ms
  rows+=("$n $name $(wrk_rate "$tmp/wrk-$n-$name.txt") $(wrk_p99_ms "$tmp/wrk-$n-$name.txt") \
$(cpu_shares "$m0" "$m1" "${d[@]}" $(( x1 - x0 )) $(( p1 - p0 )) $(( c1 - c0 ))) \
$(awk -v r="$reqs" -v nt="$nodes_ticks" -v pt="$(( p1 - p0 ))" -v c="$calls" -v e="$exec_ms" -v hz="$hz" 'BEGIN {
  if (r <= 0) r = 1
  printf "%.2f %.3f %.1f %s", nt * 1000 / hz / r, pt * 1000 / hz / r, c / r, (e == "n/a") ? "n/a" : sprintf("%.3f", e / r) }') \
$(wrk_notes "$tmp/wrk-$n-$name.txt")")
}

load_pages_before="" load_pages_after=""
if [ "$max_nodes" -gt 0 ]; then
  load_pages_before=$(cut -d' ' -f1-3 /proc/loadavg)
  # the nodes idle: what their background work (polling for changes, the indexer, leases) costs the database
  echo "== $max_nodes node(s) idle for $IDLE s…" >&2
  pg_reset
  m0=$(machine_ticks); p0=$(pg_ticks); s0=$(proc_ticks "${node_pids[@]}")
  sleep "$IDLE"
  m1=$(machine_ticks); p1=$(pg_ticks); s1=$(proc_ticks "${node_pids[@]}")
  read -r calls exec_ms <<<"$(pg_calls site)"
  pg_top site "$(( IDLE * max_nodes ))" 8 >"$tmp/top-idle.txt"
  idle_row="$(cpu_shares "$m0" "$m1" $(( s1 - s0 )) $(( p1 - p0 ))) $(awk -v c="$calls" -v s="$IDLE" -v n="$max_nodes" 'BEGIN {printf "%.1f", c / s / n}')"

  for n in $NODES; do
    start_nginx "$n"
    wrk_script=()
    run "$n" cached "http://127.0.0.1:$ngx_port$article_path"
    wrk_script=(-s "$root/bench/random-paths.lua")
    PATHS_FILE="$tmp/paths.txt" run "$n" uncached "http://127.0.0.1:$ngx_port/"
    stop_pid "$nginx_pid" QUIT
    nginx_pid=""
  done
  load_pages_after=$(cut -d' ' -f1-3 /proc/loadavg)
  node_rss=""
  for i in "${!node_pids[@]}"; do node_rss="$node_rss $(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/${node_pids[$i]}/status")"; done
  for pid in "${node_pids[@]}"; do stop_pid "$pid"; done
  node_pids=()
fi

# --- 5. the import: SQLite, then PostgreSQL -----------------------------------------------------------------------
imports=()
failed_imports=0
load_import_before="" load_import_after=""
if [ "$SKIP_IMPORT" != 1 ]; then
  for i in $(seq 1 600); do
    grep -q '^ready' "$tmp/outlets.log" 2>/dev/null && break
    kill -0 "$outlets_pid" 2>/dev/null || die "the outlet server exited; its log:
$(tail -n 40 "$tmp/outlets.log")"
    sleep 0.5
  done
  grep -q '^ready' "$tmp/outlets.log" || die "the outlet server was not ready within 300 s"
  psql_at postgres "CREATE DATABASE ingest" >/dev/null
  expected=$(( FEEDS * ITEMS ))
  load_import_before=$(cut -d' ' -f1-3 /proc/loadavg)
  for db in sqlite postgresql; do
    data="$tmp/ingest-$db"
    dbopt=()
    [ "$db" = postgresql ] && dbopt=(--database "$pg_url/ingest")
    ./newsdesk bench ingest-db --data "$data" "${dbopt[@]}" --prepare >/dev/null || die "bench ingest-db --prepare failed"
    ./newsdesk sources import-opml "$tmp/sources.opml" --data "$data" "${dbopt[@]}" | tail -n 1 >&2 || die "sources import-opml failed"
    echo "== import --once --workers $WORKERS into $db…" >&2
    pg_reset
    m0=$(machine_ticks); o0=$(proc_ticks "$outlets_pid"); p0=$(pg_ticks); c0=$(children_ticks); t0=$(date +%s%N)
    NEWSDESK_FETCH_HOST_DELAY_MS=0 NEWSDESK_JAVA_OPTS="-Xmx$HEAP" \
      ./newsdesk import --once --allow-private-networks --workers "$WORKERS" --data "$data" "${dbopt[@]}" \
      >"$tmp/import-$db.log" 2>"$tmp/import-$db.err" || die "import into $db failed; its log:
$(tail -n 40 "$tmp/import-$db.err")"
    t1=$(date +%s%N); m1=$(machine_ticks); o1=$(proc_ticks "$outlets_pid"); p1=$(pg_ticks); c1=$(children_ticks)
    read -r calls exec_ms <<<"$(pg_calls ingest)"
    pg_top ingest "$expected" 10 >"$tmp/top-import-$db.txt"
    [ "$db" = sqlite ] && { calls=n/a; p1=$p0; }   # PostgreSQL idles meanwhile: no share to report
    ./newsdesk bench ingest-db --data "$data" "${dbopt[@]}" --count >"$tmp/count-$db.txt" || die "bench ingest-db --count failed"
    articles=$(awk -F= '$1 == "articles" {print $2}' "$tmp/count-$db.txt")
    bad=$(awk -F= '$1 == "jobs_failed" || $1 == "jobs_dead" || $1 == "jobs_queued" || $1 == "jobs_running" {s += $2} END {print s + 0}' "$tmp/count-$db.txt")
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
    echo "   $(tail -n 1 "$tmp/import-$db.log")" >&2
    [ "$articles" = "$expected" ] && [ "$bad" = 0 ] || { failed_imports=$(( failed_imports + 1 )); echo "   !! expected $expected articles and no unfinished jobs: $(tr '\n' ' ' <"$tmp/count-$db.txt")" >&2; }
    imports+=("$db $articles $bad $secs $(awk -v n="$articles" -v s="$secs" 'BEGIN {printf "%.0f", n / s}') \
$(cpu_shares "$m0" "$m1" $(( c1 - c0 )) $(( o1 - o0 )) $(( p1 - p0 ))) \
$(awk -v c="$calls" -v n="$articles" -v pt="$(( p1 - p0 ))" -v hz="$hz" 'BEGIN {
  if (n <= 0) n = 1; if (c == "n/a") print "n/a n/a"; else printf "%.1f %.2f\n", c / n, pt * 1000 / hz / n }')")
  done
  load_import_after=$(cut -d' ' -f1-3 /proc/loadavg)
fi

# --- 6. report ------------------------------------------------------------------------------------------------------
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
newsdesk_find_jdk >/dev/null 2>&1 || true
echo
echo "Machine:    $(nproc) cores, $(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); $(uname -sr)"
echo "Java:       $("${JAVA_HOME:-/nonexistent}/bin/java" -version 2>&1 | head -n 1 || true)"
echo "PostgreSQL: $("$PG_BIN/postgres" --version), shared_buffers=1GB, fsync and synchronous_commit on; statements counted by" \
     "$([ "$stats" = pgss ] && echo pg_stat_statements || echo "the server's log (log_statement=all)")"
echo "nginx:      $("$NGINX" -v 2>&1 | head -n 1), 1 worker, round robin, keep-alive upstream; wrk -t1 -c$CONNECTIONS, $WARMUP warm-up + $DURATION per run"
if [ "$max_nodes" -gt 0 ]; then
  echo "Site:       $site_articles articles ($(wc -l <"$tmp/paths.txt") in the sitemaps), db copy to PostgreSQL in $copy_s s;" \
       "cached page $article_path; nodes -Xmx$NODE_HEAP, RSS after the runs (MB):$node_rss"
  echo "Pages:      load average before $load_pages_before, after $load_pages_after"
  echo
  read -r i_nodes i_pg i_oth i_calls <<<"$idle_row"
  echo "Idle:       $max_nodes nodes for $IDLE s: nodes $i_nodes %, PostgreSQL $i_pg %, others $i_oth % of one core; $i_calls statements/s per node"
  echo
  echo "CPU in % of one core (the machine has $(nproc)00 %); per page: the nodes' CPU, PostgreSQL's CPU, statements, and their execution time"
  hdr=""; for i in $(seq 1 "$max_nodes"); do hdr="$hdr$(printf '%6s' "n$i")"; done
  printf '%5s %-8s %9s %8s %s %6s %6s %5s %6s | %9s %8s %7s %8s  %s\n' nodes page req/s "p99 ms" "$hdr" nginx pg wrk others \
    "nodes ms" "pg ms" queries "exec ms" ""
  for row in "${rows[@]}"; do
    # shellcheck disable=SC2086
    set -- $row
    line=$(printf '%5s %-8s %9s %8s ' "$1" "$2" "$3" "$4"); shift 4
    for i in $(seq 1 "$max_nodes"); do line="$line$(printf '%5s%%' "$1")"; shift; done
    line="$line$(printf ' %5s%% %5s%% %4s%% %5s%% | %9s %8s %7s %8s  %s' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "${*:9}")"
    echo "$line"
  done
  if [ -s "$tmp/top-idle.txt" ]; then
    echo
    echo "Statements of idle nodes, per node per second (the most called):"
    sed 's/^/  /' "$tmp/top-idle.txt"
    last=$(echo "$NODES" | awk '{print $NF}')
    echo
    echo "Statements per uncached page, $last node(s) (the most called; idle nodes' statements included):"
    sed 's/^/  /' "$tmp/top-$last-uncached.txt"
  fi
fi
if [ "$SKIP_IMPORT" != 1 ]; then
  echo
  echo "Import:     $(head -n 1 "$tmp/outlets.log"); import --once --workers $WORKERS, -Xmx$HEAP, NEWSDESK_FETCH_HOST_DELAY_MS=0;" \
       "load average before $load_import_before, after $load_import_after"
  printf '%-10s %8s %10s %7s %10s %9s %8s %6s %7s | %9s %11s\n' database articles unfinished "wall s" articles/s importer outlets pg others \
    "stmts/art" "pg ms/art"
  for row in "${imports[@]}"; do
    # shellcheck disable=SC2086
    set -- $row
    printf '%-10s %8s %10s %7s %10s %8s%% %7s%% %5s%% %6s%% | %9s %11s\n' "$@"
  done
  if [ -s "$tmp/top-import-postgresql.txt" ]; then
    echo
    echo "Statements per imported article on PostgreSQL (the most called):"
    sed 's/^/  /' "$tmp/top-import-postgresql.txt"
  fi
  [ "$failed_imports" = 0 ] || die "$failed_imports import(s) did not store all $(( FEEDS * ITEMS )) articles"
fi
