#!/usr/bin/env bash
# HTTP throughput benchmark: how fast Newsdesk serves a (cached) article page and the home page,
# compared with nginx serving a saved static copy of the same article page.
#
# What it measures, all on loopback, with wrk -t1 -c64 (one load thread, 64 keep-alive connections):
#   (a) GET /article/<slug> from `newsdesk serve`   - a page rendered once, then served from the
#                                                     in-memory page cache with ETag/Last-Modified
#   (b) GET /                   from `newsdesk serve` - the home page, same cache
#   (c) GET /article.html       from nginx           - the bytes of (a), saved with curl, as a static file
# For each: requests per second and the 99th-percentile latency over a ${DURATION} run (default
# 20 s), each run preceded by a ${WARMUP} (default 5 s) warm-up whose result is discarded (it lets the
# JIT compile the hot path and fills the page cache). The table gives the ratio of each Newsdesk
# rate to nginx's rate: nginx's static file rate is the yardstick for "as fast as this box can serve
# this page over HTTP/1.1".
#
# wrk, nginx and the JVM all share the machine's cores, so the numbers are a comparison on the same
# box, not the capacity of a dedicated server. Run it on an otherwise idle machine: the table shows
# the CPU that other processes used during each run ("others"), so a disturbed run is plain to see.
#
# The site holds the demo site plus ${ARTICLES} (default 10000) generated articles in a fresh
# temporary data directory, deleted on exit (set KEEP=1 to keep it and the raw wrk output).
#
# Scale (issue 17): DATA=<dir> serves an existing data directory (e.g. `./newsdesk demo --data DIR --articles 100000`,
# kept: it is not deleted) instead of generating one, and adds five targets to the table:
#   (d) distinct article pages in random order, every one a page-cache miss: wrk with bench/random-paths.lua over
#       the article URLs of the site's own sitemaps
#   (e) an author page (the first byline of the article page), cached like (a)
#   (f) a working set of ${CHANGING_PAGES} (default 2000) article pages, drawn from the sitemaps with a fixed seed, on a
#       site that changes every second: sqlite3 moves the newest article's changed_at on, as an import writing from
#       another process does; each change empties the page cache, so the first request for each page after it renders
#       it again ("the first request after every change", issue 17). Needs sqlite3 (installed when missing).
#   (g) section list pages anywhere in their lists: /section/<slug>?older=<id> next to 100,000 random published
#       articles (from sqlite3), in random order, nearly every one a miss: as cheap deep in a list as at its top
# and reports the start time (to the first answer of /), the server's resident memory after the runs and the
# database size. NEWSDESK_JAVA_OPTS=-Xmx1g caps the heap as the issue asks.
#
# Usage (from the repository root): bench/http.sh
# Environment: ARTICLES=10000 DURATION=20s WARMUP=5s MISSES_WARMUP=180s CHANGING_PAGES=2000 CONNECTIONS=64 KEEP=0 DATA=
# Exits non-zero only when the setup fails (build, data, server start, tools); never because of the
# numbers.
set -euo pipefail

ARTICLES=${ARTICLES:-10000}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
# the misses run exercises code the cached runs never reach ("Related", the queries, the templates): measured at
# 1,000,000 articles, 5 s of warm-up left it to the JIT's first minute (4.2 ms of CPU a miss on one connection after
# 60 s of misses, 11.7 ms without them); on a slower VM (5 December 2026) the rate still rose until about 120 s
# (consecutive 20 s windows from the start: 496, 834, 1,085, 1,321, 1,458, 1,774, 1,664 misses/s); profiled on
# 6 December 2026, the C2 compiler took 10-12 % of the server's CPU in every 20 s window up to 140 s, 3 % at 160-180 s
MISSES_WARMUP=${MISSES_WARMUP:-180s}
CHANGING_PAGES=${CHANGING_PAGES:-2000}
CONNECTIONS=${CONNECTIONS:-64}
KEEP=${KEEP:-0}
DATA=${DATA:-}

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

die() { echo "bench/http.sh: $*" >&2; exit 1; }
# shellcheck source=lib.sh
. "$root/bench/lib.sh"

# --- tools ------------------------------------------------------------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -z "${DATA:-}" ] || command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/http.sh: installing ${missing[*]} (Debian packages)…" >&2
  command -v apt-get >/dev/null 2>&1 || die "need ${missing[*]} and there is no apt-get to install them"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2 || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2 || die "apt-get install ${missing[*]} failed"
fi
NGINX=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)

# --- temporary directory and clean-up ----------------------------------------------------------
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-http-bench.XXXXXX")
server_pid=""
nginx_pid=""
cleanup() {
  local rc=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -QUIT "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  if [ "$KEEP" = 1 ]; then
    echo "bench/http.sh: kept $tmp" >&2
  else
    rm -rf "$tmp"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


# --- 1. data: demo site + generated articles ----------------------------------------------------
if [ -n "$DATA" ]; then
  [ -f "$DATA/newsdesk.db" ] || die "DATA=$DATA holds no newsdesk.db"
  data="$DATA"
else
  data="$tmp/data"
  echo "== Filling $data with the demo site and $ARTICLES generated articles…" >&2
  ./newsdesk demo --data "$data" --articles "$ARTICLES" >&2 || die "newsdesk demo failed"
fi

# --- 2. Newsdesk --------------------------------------------------------------------------------
nd_port=$(free_port) || die "no free port"
echo "== Starting newsdesk serve on 127.0.0.1:$nd_port…" >&2
start_ms=$(date +%s%3N)
./newsdesk serve --data "$data" --host 127.0.0.1 --port "$nd_port" >"$tmp/newsdesk.log" 2>&1 &
server_pid=$!   # the launcher execs java, so this is the JVM
wait_for "http://127.0.0.1:$nd_port/" "$server_pid" newsdesk
start_s=$(awk -v a="$start_ms" -v b="$(date +%s%3N)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
nd="http://127.0.0.1:$nd_port"

# --- 3. the article page and its static copy under nginx ---------------------------------------
article_path=$(curl -fsS "$nd/" | grep -o 'href="/article/[^"?#]*"' | head -n 1 | sed 's/^href="//; s/"$//') || true
[ -n "$article_path" ] || die "found no /article/ link on the home page"
curl -fsS "$nd$article_path" -o "$tmp/article.html" || die "could not fetch $article_path"
[ -s "$tmp/article.html" ] || die "$article_path was empty"
# nginx's workers drop root privileges to 'nobody': they must be able to read the temp dir.
chmod 755 "$tmp"
chmod 644 "$tmp/article.html"

ngx_port=$(free_port) || die "no free port"
while [ "$ngx_port" = "$nd_port" ]; do ngx_port=$(free_port) || die "no free port"; done
mkdir -p "$tmp/nginx"
# worker_processes 1: wrk -t1 is one thread that needs a core of its own, and one nginx worker
# already keeps it busy (on this 2-core box: ~100% nginx + ~85% wrk). A second worker ('auto') only
# competes with wrk for the two cores: measured 103k req/s, p99 3.7 ms with 'auto' against 108k
# req/s, p99 1.1 ms with 1 worker. So 1 worker is nginx's best showing here, the stricter yardstick.
# keepalive_requests is raised from nginx's default of 1000 so that neither server closes wrk's
# keep-alive connections during the run (Jetty does not close them either).
cat >"$tmp/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { text/html html; }
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 75s;
  keepalive_requests 1000000;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  server {
    listen 127.0.0.1:$ngx_port;
    root $tmp;
    location = /article.html { }
    location / { return 404; }
  }
}
EOF
echo "== Starting nginx on 127.0.0.1:$ngx_port serving a copy of $article_path…" >&2
"$NGINX" -p "$tmp/nginx" -e "$tmp/nginx.log" -c "$tmp/nginx.conf" >>"$tmp/nginx.log" 2>&1 &
nginx_pid=$!
wait_for "http://127.0.0.1:$ngx_port/article.html" "$nginx_pid" nginx
ngx="http://127.0.0.1:$ngx_port"
cmp -s "$tmp/article.html" <(curl -fsS "$ngx/article.html") || die "nginx serves different bytes than $tmp/article.html"

# --- 4. load --------------------------------------------------------------------------------------
# CPU accounting (bench/lib.sh) tells a clean run from a disturbed one: during each measured run, the
# CPU time of the whole machine, of the server under test and of wrk; whatever is left was used by
# other processes (a build, a browser…) and makes the numbers unreliable.
# run NAME URL PID...: warm-up (discarded), then the measured run; raw output in $tmp/wrk-NAME.txt
# and CPU use (in % of one core: server, wrk, others) in $tmp/cpu-NAME.txt.
run() {
  local name=$1 url=$2; shift 2
  local m0 m1 s0 s1 c0 c1 warm=${RUN_WARMUP:-$WARMUP}
  echo "== $name: warm-up $warm, then $DURATION against $url" >&2
  wrk -t1 -c"$CONNECTIONS" -d"$warm" "${wrk_script[@]}" "$url" >/dev/null 2>&1 || die "wrk failed against $url"
  m0=$(machine_ticks); s0=$(proc_ticks "$@"); c0=$(children_ticks)
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "${wrk_script[@]}" "$url" >"$tmp/wrk-$name.txt" 2>&1 || die "wrk failed against $url"
  m1=$(machine_ticks); s1=$(proc_ticks "$@"); c1=$(children_ticks)
  awk -v m0="$m0" -v m1="$m1" -v s="$(( s1 - s0 ))" -v w="$(( c1 - c0 ))" -v n="$(nproc)" 'BEGIN {
    split(m0, a, " "); split(m1, b, " ")
    busy = b[1] - a[1]; all = b[2] - a[2]; if (all <= 0) all = 1
    k = 100 * n / all   # ticks -> % of one core
    o = busy - s - w; if (o < 0) o = 0
    printf "%.0f %.0f %.0f\n", s * k, w * k, o * k
  }' >"$tmp/cpu-$name.txt"
}

# Requests/s, p99 in ms and notes of the run NAME's wrk report (bench/lib.sh).
rate_of() { wrk_rate "$tmp/wrk-$1.txt"; }
p99_of() { wrk_p99_ms "$tmp/wrk-$1.txt"; }
notes_of() { wrk_notes "$tmp/wrk-$1.txt"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
nginx_pids=$(pgrep -P "$nginx_pid" | tr '\n' ' ')
wrk_script=()
targets="article home nginx"
run article "$nd$article_path" "$server_pid"
run home "$nd/" "$server_pid"
if [ -n "$DATA" ]; then
  targets="article misses changing deep author home nginx"
  # every article address of the sitemaps, as paths, for the random-order run (each request a cache miss)
  for sm in $(curl -fsS "$nd/sitemap.xml" | grep -o '/sitemaps/articles-[0-9]*\.xml'); do
    curl -fsS "$nd$sm" | grep -o '<loc>[^<]*</loc>' | sed 's|<loc>[a-z]*://[^/]*||; s|</loc>||'
  done >"$tmp/paths.txt"
  [ -s "$tmp/paths.txt" ] || die "the sitemaps listed no articles"
  wrk_script=(-s "$root/bench/random-paths.lua")
  RUN_WARMUP=$MISSES_WARMUP PATHS_FILE="$tmp/paths.txt" run misses "$nd/" "$server_pid"
  shuf -n "$CHANGING_PAGES" --random-source=<(yes) "$tmp/paths.txt" >"$tmp/working-set.txt"
  ( while kill -0 "$server_pid" 2>/dev/null; do
      sqlite3 "$data/newsdesk.db" "PRAGMA busy_timeout = 5000; UPDATE articles SET changed_at = $(date +%s%3N) WHERE id =
        (SELECT id FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 1)" >/dev/null 2>&1 || true
      sleep 1
    done ) &
  changer_pid=$!
  PATHS_FILE="$tmp/working-set.txt" run changing "$nd/" "$server_pid"
  kill "$changer_pid" 2>/dev/null || true
  wait "$changer_pid" 2>/dev/null || true
  # section pages anywhere in their lists, each next to a random article of it (?older=ID): deep pages, nearly all misses
  sqlite3 "$data/newsdesk.db" "SELECT '/section/' || s.slug || '?older=' || a.id FROM articles a
    JOIN sections s ON s.id = a.section_id WHERE a.status = 'published' ORDER BY random() LIMIT 100000" >"$tmp/deep.txt"
  [ -s "$tmp/deep.txt" ] || die "found no published article for the deep list pages"
  PATHS_FILE="$tmp/deep.txt" run deep "$nd/" "$server_pid"
  wrk_script=()
  author_path=$(grep -o 'href="/author/[^"?#]*"' "$tmp/article.html" | head -n 1 | sed 's/^href="//; s/"$//') || true
  [ -n "$author_path" ] || die "found no /author/ link on $article_path"
  run author "$nd$author_path" "$server_pid"
fi
# shellcheck disable=SC2086
run nginx "$ngx/article.html" "$nginx_pid" $nginx_pids
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 5. report ------------------------------------------------------------------------------------
# shellcheck source=../bin/find-jdk.sh
. "$root/bin/find-jdk.sh"
newsdesk_find_jdk >/dev/null 2>&1 || true
java_version=$("${JAVA_HOME:-/nonexistent}/bin/java" -version 2>&1 | head -n 1 || true)
cpu_model=$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo)
article_bytes=$(wc -c <"$tmp/article.html")
home_bytes=$(curl -fsS "$nd/" | wc -c)
ngx_rate=$(rate_of nginx)

echo
echo "Machine: $(nproc) cores, ${cpu_model:-unknown CPU}; $(uname -sr)"
echo "Java:    $java_version"
echo "wrk:     $(wrk -v 2>&1 | head -n 1 | sed 's/ Copyright.*//')"
echo "nginx:   $("$NGINX" -v 2>&1 | head -n 1)"
echo "Load:    $WARMUP warm-up ($MISSES_WARMUP before the misses) + $DURATION per target, wrk -t1 -c$CONNECTIONS, loopback; load average before $load_before, after $load_after"
echo "Pages:   article $article_path ($article_bytes bytes), home / ($home_bytes bytes)"
if [ -n "$DATA" ]; then
  echo "Site:    $DATA: $(du -sh "$data/newsdesk.db" | cut -f1) database, $(wc -l <"$tmp/paths.txt") article URLs in the sitemaps;" \
       "start to first answer ${start_s} s; server RSS after the runs $(awk '/^VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/$server_pid/status");" \
       "NEWSDESK_JAVA_OPTS='${NEWSDESK_JAVA_OPTS:-}'"
fi
echo
echo "CPU:     in % of one core during each measured run (the machine has $(nproc)00%): the server under test, wrk, and"
echo "         every other process (should be near 0: more than ~10% means the run was disturbed)"
echo
printf '%-26s %12s %10s %10s %11s %5s %7s  %s\n' "target" "requests/s" "p99 ms" "vs nginx" "server CPU" "wrk" "others" ""
for name in $targets; do
  case $name in
    article) label="newsdesk /article/<slug>" ;;
    misses) label="newsdesk random articles" ;;
    changing) label="newsdesk changing site" ;;
    deep) label="newsdesk deep list pages" ;;
    author) label="newsdesk /author/<slug>" ;;
    home) label="newsdesk /" ;;
    nginx) label="nginx static article" ;;
  esac
  rate=$(rate_of $name)
  ratio=$(awk -v a="$rate" -v b="$ngx_rate" 'BEGIN { if (a != "" && b > 0) printf "%.0f%%", 100 * a / b; else print "n/a" }')
  read -r cpu_server cpu_wrk cpu_others <"$tmp/cpu-$name.txt" || true
  printf '%-26s %12s %10s %10s %10s%% %4s%% %6s%%  %s\n' "$label" "${rate:-n/a}" "$(p99_of $name | grep . || echo n/a)" \
    "$ratio" "${cpu_server:-?}" "${cpu_wrk:-?}" "${cpu_others:-?}" "$(notes_of $name)"
done
